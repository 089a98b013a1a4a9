import sys
p = sys.argv[1] + "/modes.txt"
with open(p, "w") as f:
    f.write("abc\n")
with open(p, "w") as f:
    f.write("overwritten\n")
with open(p) as f:
    print(repr(f.read()))
with open(p, "x" if False else "a") as f:
    f.write("line2\n")
try:
    open(p, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno)
with open(p, "r+") as f:
    f.write("OVER")
    f.seek(0)
    print(repr(f.read()))
print(sum(1 for _ in open(p)))
with open(p, "w", newline="") as f:
    f.write("crlf\r\nline\n")
with open(p, "rb") as f:
    print(f.read())
with open(p) as f:
    print(repr(f.read()))
with open(p, newline="") as f:
    print(repr(f.read()))
