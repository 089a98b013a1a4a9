import sys
tmp = sys.argv[1]
try:
    open(tmp + "/does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
try:
    open(tmp)
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)
with open(tmp + "/f.txt", "w") as f:
    f.write("x")
try:
    f.write("more")
except ValueError as e:
    print("ValueError:", e)
with open(tmp + "/f.txt") as f:
    try:
        f.write("no")
    except OSError as e:
        print(type(e).__name__, "not writable")
try:
    open(tmp + "/f.txt", "q")
except ValueError as e:
    print("ValueError:", e)
