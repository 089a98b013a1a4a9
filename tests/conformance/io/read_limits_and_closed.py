# readline(size) counts characters, readlines(hint), file methods on closed files.
import sys

p = sys.argv[1] + "/limits.txt"
with open(p, "w", encoding="utf-8") as f:
    f.write("héllo wörld\nsecond line\nthird\n")
with open(p, encoding="utf-8") as f:
    print(repr(f.readline(3)), repr(f.readline(5)), repr(f.readline()), f.tell())
    print(repr(f.readline(0)), repr(f.readline(-1)))
    try:
        f.readline(None)
    except TypeError as e:
        print("TypeError", e)
with open(p, encoding="utf-8") as f:
    print(f.readlines(5))
    print(f.readlines(0))
with open(p, encoding="utf-8") as f:
    print(f.readlines(12))
    f.seek(0)
    print(f.readlines(14))
    print(f.readlines(1), f.readlines())
with open(p, encoding="utf-8") as f:
    print(repr(f.read(4)))
    for line in f:
        print(repr(line))
    print(repr(f.read()))
with open(p, "rb") as f:
    print(f.readline(3), f.readlines(2), f.readline(None), f.readlines())
with open(p, encoding="latin-1") as f:
    print(repr(f.readline(3)), repr(f.read(4)))
with open(p, "rb") as f:
    buf = bytearray(4)
    print(f.seekable(), f.readinto(buf), buf, f.read(3))
    big = bytearray(100)
    n = f.readinto(big)
    print(n, bytes(big[:n]))

f = open(p, encoding="utf-8")
print(f.seekable(), f.readable(), f.writable())
f.close()
calls = [
    ("read", ()), ("readline", ()), ("readlines", ()), ("tell", ()), ("seek", (0,)),
    ("write", ("x",)), ("flush", ()), ("truncate", ()), ("__iter__", ()), ("__next__", ()),
    ("fileno", ()), ("isatty", ()), ("readable", ()), ("writable", ()), ("seekable", ()),
    ("__enter__", ()),
]
for name, args in calls:
    try:
        print(name, "->", getattr(f, name)(*args))
    except Exception as e:
        print(name, type(e).__name__, e)
f = open(p, "rb")
f.close()
for name, args in calls + [("readinto", (bytearray(2),))]:
    if name == "write":
        args = (b"x",)
    try:
        print("binary", name, "->", getattr(f, name)(*args))
    except Exception as e:
        print("binary", name, type(e).__name__, e)
f = open(p, "w")
f.close()
for name in ("readable", "writable"):
    try:
        print("w", name, "->", getattr(f, name)())
    except Exception as e:
        print("w", name, type(e).__name__, e)
