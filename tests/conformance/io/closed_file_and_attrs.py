# Operations on a closed file, file attributes and reprs, isatty.
import os
import sys

d = sys.argv[1]
path = os.path.join(d, "notes.txt")
with open(path, "w") as f:
    f.write("first\nsecond\nthird\n")
    print(f.encoding, f.writable(), f.readable())

f = open(path)
print(repr(f).replace(d, "<tmp>"), f.encoding)
print(f.readline(), end="")
f.close()
ops = [
    ("next(iter(f))", lambda: next(iter(f))),
    ("next(f)", lambda: next(f)),
    ("iter(f)", lambda: iter(f)),
    ("f.write", lambda: f.write("x")),
    ("f.read", lambda: f.read()),
    ("f.readlines", lambda: f.readlines()),
    ("f.seek", lambda: f.seek(0)),
    ("f.tell", lambda: f.tell()),
    ("f.fileno", lambda: f.fileno()),
    ("f.isatty", lambda: f.isatty()),
    ("with f", lambda: f.__enter__()),
]
for name, op in ops:
    try:
        op()
        print(name, "worked")
    except ValueError as e:
        print(f"{name}: {e}")

g = open(path, encoding="latin-1")
print(g.encoding, g.isatty(), repr(g).replace(d, "<tmp>"))
g.close()
b = open(path, "rb")
print(repr(b).replace(d, "<tmp>"), b.isatty())
b.close()
with open(path, "ab") as b:
    print(repr(b).replace(d, "<tmp>"))
print(sys.stdout.isatty(), sys.stdin.isatty())
with open(path) as f:
    lines = [line.rstrip() for line in f]
print(lines)
for line in f:
    print("unreachable")
