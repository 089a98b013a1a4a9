# The types of file objects by mode, their encoding, and a few error messages.
import os
import sys

path = os.path.join(sys.argv[1], "data.txt")
with open(path, "w") as f:
    print(type(f).__name__, type(f).__module__, f.encoding, f.mode)
    f.write("line one\nline two\n")
with open(path, "w", encoding="utf-8") as f:
    print(f.encoding)
    f.write("héllo\nworld\n")
for mode in ["rb", "wb", "ab", "r+b", "rb+"]:
    with open(path, mode) as f:
        print(mode, type(f).__name__, type(f).__module__, hasattr(f, "encoding"))
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo\nworld\n")
with open(path, "rb") as f:
    print(f.read(3), f.readline(), f.read())
with open(path, encoding="utf-8") as f:
    for arg in ["x", 1.5, [1]]:
        try:
            f.read(arg)
        except TypeError as e:
            print(e)
    try:
        f.readline("x")
    except TypeError as e:
        print(e)
    print(repr(f.read(2)), repr(f.readline(10)), repr(f.read(None)))
f = open(path)
f.close()
for name in ["read", "readline", "fileno"]:
    try:
        getattr(f, name)()
    except ValueError as e:
        print(name, e)
print(f.closed, type(sys.stdout).__name__, type(sys.stdout).__module__)
print(repr(type(open(path, "rb"))), repr(type(f)))
