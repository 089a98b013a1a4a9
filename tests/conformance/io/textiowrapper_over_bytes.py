# io.TextIOWrapper over BytesIO and binary files: readlines hints, newlines seen, tell() after
# reads with multi-byte characters and "\r\n", seeks, writes after reads, reprs.
import io
import os
import sys

base = sys.argv[1]
data = b"a\r\nb\nc\n"
for nl in (None, "", "\n", "\r\n"):
    t = io.TextIOWrapper(io.BytesIO(data), newline=nl)
    print(repr(nl), t.newlines, repr(t.readline()), t.newlines, t.tell(), repr(t.readline()), t.tell())
    print("   rest", t.readlines(), t.newlines, t.tell())
for hint in (-1, 0, 1, 2, 3, 4, 100):
    print(hint, io.TextIOWrapper(io.BytesIO(b"a\nb\nc\n")).readlines(hint))
t = io.TextIOWrapper(io.BytesIO(b"abc"))
print(repr(t), t.encoding, t.errors, t.line_buffering)
for args in ((1, 1), (-1, 2)):
    try:
        t.seek(*args)
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
print(t.seek(0, 2), repr(t.read()), t.tell(), t.seek(0), t.read(2), t.tell())

b = io.BytesIO("héllo\nwörld\nend".encode())
t = io.TextIOWrapper(b, encoding="utf-8")
print(t.read(2), t.tell(), repr(t.readline()), t.tell(), t.read(3), t.tell())
t.seek(0)
print(repr(t.read()), t.tell(), repr(t.read()))
t.seek(3)
t.write("XY")
t.flush()
print(b.getvalue())
t.seek(0)
print(repr(t.readline()))
t.write("Z")
t.flush()
print(b.getvalue())
for line in io.TextIOWrapper(io.BytesIO(b"one\ntwo\r\nthree")):
    print(repr(line))

path = os.path.join(base, "w.txt")
with open(path, "wb") as raw:
    w = io.TextIOWrapper(raw, encoding="latin-1", newline="\r\n")
    w.write("caf\xe9\nline two\n")
    w.flush()
print(open(path, "rb").read())
with open(path, "rb") as raw:
    r = io.TextIOWrapper(raw, encoding="latin-1")
    print(repr(r).replace(path, "<path>"), r.name == path)
    print(r.readlines(), r.newlines, r.tell())
    print(r.closed)
print(r.closed)
try:
    r.read()
except ValueError as e:
    print("ValueError", e)

br = io.BufferedReader(io.BytesIO(b"line1\nline2\nrest"))
print(br.peek(3)[:3], br.read(2), br.tell(), br.readline(), br.read1(2), list(br))
print(br.seek(0), br.readlines(), br.closed)
bw = io.BufferedWriter(io.BytesIO())
print(bw.write(b"abc"), bw.tell(), bw.writable(), bw.readable())
