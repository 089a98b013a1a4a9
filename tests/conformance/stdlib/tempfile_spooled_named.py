# tempfile: NamedTemporaryFile (mode, permissions, delete), TemporaryFile (no name: its
# descriptor), SpooledTemporaryFile (in memory until max_size, then on disk; text and binary).
import os
import sys
import tempfile

d = sys.argv[1]
with tempfile.NamedTemporaryFile(dir=d, prefix="rep_", suffix=".txt") as f:
    base = os.path.basename(f.name)
    print(f.mode, base.startswith("rep_"), base.endswith(".txt"), len(base), os.path.isabs(f.name))
    print(f.file.mode, f.file.name == f.name, oct(os.stat(f.name).st_mode & 0o777))
    f.write(b"data")
    f.flush()
    print(os.path.getsize(f.name))
    name = f.name
print("removed on close:", not os.path.exists(name))
with tempfile.NamedTemporaryFile("w+", dir=d, delete=False, encoding="utf-8") as f:
    f.write("h\u00e9llo\n")
    name = f.name
    print(f.mode, f.encoding)
with open(name, encoding="utf-8") as g:
    print(g.read(), end="")
os.remove(name)
with tempfile.TemporaryFile(dir=d) as t:
    print(type(t.name).__name__, t.mode, os.listdir(d))
    t.write(b"xyz")
    t.seek(0)
    print(t.read())
with tempfile.TemporaryFile("w+", dir=d) as t:
    t.write("text")
    t.seek(0)
    print(t.read(), t.mode)
try:
    tempfile.NamedTemporaryFile(mode="q", dir=d)
except ValueError as e:
    print("ValueError", e, os.listdir(d))

f = tempfile.SpooledTemporaryFile(max_size=10)
print(f._rolled, f.name, f.mode)
f.write(b"hello")
print(f._rolled, f.tell())
f.write(b" world, more")
print(f._rolled, f.tell(), type(f.name).__name__, f.mode)
f.seek(0)
print(f.read())
f.close()
print(f.closed)
with tempfile.SpooledTemporaryFile(max_size=100, mode="w+", dir=d) as t:
    t.write("line one\nline two\n")
    print(t._rolled, t.encoding, t.mode)
    t.seek(0)
    print(t.readlines())
    t.seek(0, 2)
    t.writelines(["x" * 50 + "\n", "y" * 60 + "\n"])
    print(t._rolled, t.tell())
    t.seek(0)
    print(len(t.read()), repr(t.newlines))
    print("directory still empty:", os.listdir(d) == [])
s = tempfile.SpooledTemporaryFile()
s.write(b"abc")
s.seek(1)
print(s.read1(), s.readable(), s.writable(), s.seekable())
s.truncate(2)
s.seek(0)
print(s.read())
s.rollover()
print(s._rolled, s.tell())
s.seek(0)
print(s.read())
try:
    with s:
        pass
    with s:
        pass
except ValueError as e:
    print(e)
print(tempfile.SpooledTemporaryFile(mode="w+").readlines())
