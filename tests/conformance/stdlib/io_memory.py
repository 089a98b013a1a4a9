# io.StringIO and io.BytesIO: in-memory streams used to build and parse text.
import io
from contextlib import redirect_stdout

s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(2)
s.write("LL")
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
for bad in [lambda: s.write(5), lambda: s.seek(1, 1), lambda: s.seek(-1), lambda: s.seek(0, 3)]:
    try:
        bad()
    except (TypeError, OSError, ValueError) as e:
        print(type(e).__name__, e)
s.close()
print(s.closed)
try:
    s.read()
except ValueError as e:
    print(e)

t = io.StringIO("line one\nline two\nthree")
print(t.read(4), repr(t.read(5)), repr(t.read()), repr(t.read()))
with io.StringIO("a\nb\n") as u:
    print(u.readlines(), u.readable(), u.writable(), u.seekable())
print(u.closed)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured", 1, 2, sep=",")
    print("second")
print(repr(buf.getvalue()))

csv_like = io.StringIO("name,qty\napple,3\npear,5\n")
header = csv_like.readline().strip().split(",")
rows = [dict(zip(header, line.strip().split(","))) for line in csv_like]
print(rows, sum(int(r["qty"]) for r in rows))

n = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(n.getvalue()))

b = io.BytesIO(b"abc")
print(b.read(1), b.tell(), b.write(b"XYZ"), b.getvalue(), b.tell())
b.seek(-2, 2)
print(b.read(), b.seek(1), b.readline())
print(bytes(b.getbuffer()))
try:
    b.write("text")
except TypeError as e:
    print(e)
lines = io.BytesIO(b"one\ntwo\n")
print(list(lines))
print(issubclass(io.UnsupportedOperation, OSError), io.SEEK_END)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(e)
