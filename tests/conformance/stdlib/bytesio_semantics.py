# io.BytesIO: writes, reads, lines, positions, truncation, closed streams, errors, and
# subclasses (its readlines() and writelines() do not go through the subclass's methods).
import io


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


b = io.BytesIO()
for i in range(500):
    b.write(b"chunk %d\n" % i)
data = b.getvalue()
print(len(data), data[:16], b.tell())
b.seek(0)
lines = list(b)
print(len(lines), lines[0], lines[-1])
b.seek(0)
count = 0
while True:
    block = b.read(100)
    if not block:
        break
    count += 1
print(count, b.tell(), b.read(), b.read(5))
b.seek(3)
print(b.readline(), b.readline(2), b.readline(0), b.readline(None), b.readline(-1))
print(b.read1(4), len(b.read1()), b.read1(-1))
b.seek(0)
print(b.readlines(20))
b.seek(0)
print(b.readlines(18), b.readlines(0)[:2], b.readlines(None)[:1])

# Writes past the end pad with zero bytes; writes in the middle overwrite.
b = io.BytesIO(b"hello")
print(b.tell(), b.getvalue())
b.seek(8)
print(b.write(b"!"), b.getvalue(), b.tell())
b.seek(1)
print(b.write(bytearray(b"EL")), b.write(memoryview(b"L")), b.getvalue(), b.tell())
b.seek(6)
print(b.write(b"abcdef"), b.getvalue())
print(b.write(b""), b.tell())

# seek with each whence; negative results clamp to 0.
b = io.BytesIO(b"0123456789")
print(b.seek(3), b.seek(2, 1), b.seek(-3, 2), b.seek(-100, 1), b.seek(5, 2), b.tell())
print(b.read(), b.seek(-20, 2))
for args in [(-1,), (0, 3), ("x",), (1.5,), (0, "1")]:
    attempt("seek%r" % (args,), lambda: b.seek(*args))
# truncate.
b = io.BytesIO(b"abcdefgh")
b.seek(5)
print(b.truncate(), b.getvalue(), b.tell())
print(b.truncate(2), b.getvalue(), b.tell(), b.truncate(9), b.getvalue())
b.write(b"Z")
print(b.getvalue())
attempt("truncate(-1)", lambda: b.truncate(-1))
attempt("truncate('x')", lambda: b.truncate("x"))

# Arguments.
attempt("write('s')", lambda: b.write("s"))
attempt("write(5)", lambda: b.write(5))
attempt("write()", lambda: b.write())
attempt("read('x')", lambda: b.read("x"))
attempt("readlines('x')", lambda: b.readlines("x"))
attempt("BytesIO('s')", lambda: io.BytesIO("s"))
attempt("BytesIO(None)", lambda: io.BytesIO(None).getvalue())
attempt("BytesIO(bytearray)", lambda: io.BytesIO(bytearray(b"ba")).getvalue())
attempt("BytesIO(initial_bytes=)", lambda: io.BytesIO(initial_bytes=b"kw").read())
attempt("BytesIO(1, 2)", lambda: io.BytesIO(b"a", 2))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.TextIOBase))
r = repr(b)
print(r.startswith("<_io.BytesIO object at 0x"), type(b).__name__)
buf = bytearray(4)
b.seek(0)
print(b.readinto(buf), buf, b.getbuffer().tobytes())

# A closed BytesIO.
with io.BytesIO(b"x\ny\n") as b:
    print(b.readline())
print(b.closed)
for name in ["read", "readline", "readlines", "getvalue", "tell", "truncate", "readable",
             "writable", "seekable", "isatty", "flush", "__next__", "__enter__", "read1",
             "getbuffer", "close"]:
    attempt(name, getattr(b, name))
attempt("write(b'x')", lambda: b.write(b"x"))
attempt("write(5)", lambda: b.write(5))
attempt("seek(0)", lambda: b.seek(0))
attempt("writelines", lambda: b.writelines([b"x"]))
attempt("iter", lambda: iter(b) is b)
attempt("list", lambda: list(b))


# Subclasses.
class Log(io.BytesIO):
    def write(self, b):
        return super().write(bytes(b).replace(b" ", b"_"))


lg = Log(b"start ")
lg.seek(0, 2)
lg.write(b"a b c")
lg.writelines([b"d e", b" f"])
print(lg.getvalue(), lg.tell(), list(Log(b"x\ny\n")))


class Lines(io.BytesIO):
    def readline(self, size=-1):
        return super().readline(size).strip()


ln = Lines(b"one\ntwo\n\nthree\n")
print(ln.readline(), ln.readline(), ln.readlines())
