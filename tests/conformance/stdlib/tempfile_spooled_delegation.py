# tempfile.SpooledTemporaryFile passes each file method through to its current file, in memory
# and after rolling over to disk; TemporaryDirectory cleans up once, whatever happens.
import os
import sys
import tempfile

work = sys.argv[1]


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


for max_size in (0, 8):
    print("max_size", max_size)
    s = tempfile.SpooledTemporaryFile(max_size=max_size, dir=work)
    print(" ", s.write(b"one\ntwo\n"), s._rolled, s.name is None or type(s.name).__name__)
    print(" ", s.write(b"three\n"), s._rolled, s.mode, s.isatty(), s.tell())
    s.seek(0)
    print(" ", list(s), s.tell())
    s.seek(0)
    print(" ", s.readline(), s.readline(2), s.readlines())
    s.seek(4)
    buf = bytearray(5)
    print(" ", s.readinto(buf), bytes(buf), s.read1(3), s.read(), s.read())
    s.writelines([b"four\n", b"five\n"])
    s.flush()
    print(" ", s._rolled, s.tell(), s.seek(-5, 2), s.read())
    print(" ", s.truncate(3), s.tell(), s.seekable(), s.readable(), s.writable())
    s.seek(0)
    print(" ", s.read(), s.closed)
    s.close()
    print(" ", s.closed)
    attempt("  read closed", s.read)

t = tempfile.SpooledTemporaryFile(max_size=100, mode="w+", encoding="utf-8", errors="replace",
                                  newline="", dir=work)
print("text", t.encoding, t.errors, repr(t.newlines), t.mode)
t.write("a\r\nb\nc\r")
t.seek(0)
print(" ", t.readlines(), t.newlines)
print(" ", t.truncate(200), t._rolled)
fd = t.fileno()
print(" ", type(fd).__name__, t._rolled, t.mode, t.encoding, t.errors, t.tell())
t.seek(0)
print(" ", repr(t.read()))
t.close()
print("files left", os.listdir(work))

z = tempfile.SpooledTemporaryFile()
z.write(b"in memory")
z.truncate(4)
print("max_size 0 truncate", z._rolled)
z.close()
y = tempfile.SpooledTemporaryFile(max_size=100)
y.write(b"in memory")
print("small truncate", y.truncate(4), y._rolled)
y.close()
attempt("write closed", y.write, b"x")
m = tempfile.SpooledTemporaryFile(max_size=0)
m.write(b"x" * 1000)
print("max_size 0 never rolls on write", m._rolled)
m.close()
b = tempfile.SpooledTemporaryFile(max_size=4)
b.write(b"abc")
b.truncate()
print("truncate none", b.tell(), b._rolled)
print("truncate big", b.truncate(10), b._rolled)
b.seek(0)
print(" ", b.read())
b.close()
print("names", tempfile.SpooledTemporaryFile.read.__name__,
      tempfile.SpooledTemporaryFile.write.__name__, tempfile.SpooledTemporaryFile.tell.__name__)

with tempfile.TemporaryDirectory(dir=work, prefix="job_", suffix=".d") as path:
    base = os.path.basename(path)
    print("dir", base.startswith("job_"), base.endswith(".d"), os.path.isdir(path))
    os.makedirs(os.path.join(path, "a", "b"))
    with open(os.path.join(path, "a", "b", "f.txt"), "w") as f:
        f.write("x")
print("removed", os.path.exists(path))
td = tempfile.TemporaryDirectory(dir=work)
print("repr", repr(td).startswith("<TemporaryDirectory '"), repr(td).endswith("'>"))
td.cleanup()
td.cleanup()
print("twice", os.path.exists(td.name))
td2 = tempfile.TemporaryDirectory(dir=work, ignore_cleanup_errors=True)
os.rmdir(td2.name)
td2.cleanup()
print("already gone", os.listdir(work))
