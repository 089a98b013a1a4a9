import sys, os
d = sys.argv[1]
p = os.path.join(d, "data.txt")
with open(p, "w") as f:
    n = f.write("alpha\nbeta\r\ngamma\rdelta")
    print(n, f.tell())
with open(p) as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()), f.readlines())
with open(p, newline="") as f:
    print(f.readlines())
with open(p, "rb") as f:
    data = f.read(); print(data, f.tell(), f.seek(0), f.read(3), f.seek(-2, 2), f.read())
with open(p, newline="\r\n") as f:
    print([l for l in f])
with open(p, "a") as f:
    f.write("\nepsilon\n")
with open(p) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"))
with open(p, "r+") as f:
    f.seek(0); f.write("ALPHA"); f.seek(0); print(f.read(10))
with open(p, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, "wb") as f:
    f.write(b"\xc3\xa9t\xc3\xa9\n\xff")
with open(p, encoding="utf-8", errors="replace") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(ascii(f.read()))
try:
    with open(p) as f:
        f.read()
except UnicodeDecodeError as e:
    print("UDE", e)
try:
    open(os.path.join(d, "nope.txt"))
except FileNotFoundError as e:
    print(e.errno, e.strerror, os.path.basename(e.filename))
try:
    with open(p, "x") as f:
        pass
except FileExistsError as e:
    print(type(e).__name__, e.strerror)
try:
    open(p, "rw")
except ValueError as e:
    print(e)
try:
    open(p, "rb", encoding="utf-8")
except ValueError as e:
    print(e)
with open(p, "w") as f:
    print("via print", 1, 2, sep="|", end="!\n", file=f)
    f.writelines(["a\n", "b\n"])
with open(p) as f:
    print(f.read().splitlines(), f.read(), f.closed, f.mode, f.name == p)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
from io import StringIO, BytesIO
s = StringIO("one\ntwo\nthree")
print(s.readline(), s.tell(), s.read(3), s.getvalue()[-5:], s.seek(0), list(s))
out = StringIO(); out.write("hello"); out.seek(1); out.write("EE"); print(out.getvalue(), out.tell())
b = BytesIO(b"abc"); b.seek(5); b.write(b"z"); print(b.getvalue())
s2 = StringIO(newline=None); s2.write("a\r\nb\rc"); s2.seek(0); print(repr(s2.read()))
print("to stderr", file=sys.stderr)
sys.stdout.write("direct\n")
sys.stderr.write("last err line\n")
with open(p, "w") as f:
    f.write("x" * 10)
with open(p) as f:
    print(f.read(3), f.read(0), f.readline(2), f.readline(), repr(f.readline()))
print(os.path.getsize(p), os.path.exists(p), os.path.isdir(d), sorted(os.listdir(d)))
