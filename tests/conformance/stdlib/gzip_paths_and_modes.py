# gzip on real files: the FNAME header field from the path, modes taken from a wrapped file,
# the filename property, memoryview writes, seeking, and the errors of each direction.
import gzip
import io
import sys

work = sys.argv[1]


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except FileExistsError as e:
        print(label, "FileExistsError", e.errno)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, type(result).__name__ if isinstance(result, gzip.GzipFile) else repr(result))


path = work + "/notes.txt.gz"
with gzip.open(path, "wb", compresslevel=1) as gz:
    gz.write(b"alpha\n")
    gz.write(memoryview(b"beta\ngamma\n"))
    gz.write(memoryview(bytes(range(12))).cast("I"))
    print("writable", gz.writable(), gz.readable(), gz.seekable(), gz.tell())
    attempt("mtime while writing", getattr, gz, "mtime")
with open(path, "rb") as raw:
    head = raw.read(30)
print("flags", head[3], "xfl", head[8], "os", head[9], "fname", head[10:head.index(b"\0", 10)])
with gzip.open(path) as gz:
    print(gz.read(), gz.readable(), gz.writable())
    print("mtime type", type(gz.mtime).__name__)

for level, name in ((9, "best.gz"), (6, "mid"), (1, "fast.bin.gz"), (0, "stored.gz")):
    p = work + "/" + name
    with gzip.GzipFile(p, "wb", compresslevel=level, mtime=77) as gz:
        gz.write(b"level %d\n" % level * 20)
    with open(p, "rb") as raw:
        blob = raw.read()
    end = blob.index(b"\0", 10) if blob[3] else 10
    print(name, blob[3], blob[4:8].hex(), blob[8], blob[10:end], gzip.decompress(blob)[:8])

odd = work + "/caf\u00e9\u20ac.gz"
with gzip.open(odd, "wb") as gz:
    gz.write(b"euro")
with open(odd, "rb") as raw:
    print("unencodable name flags", raw.read(4)[3])
latin = work + "/caf\u00e9.gz"
with gzip.open(latin, "wb") as gz:
    gz.write(b"cafe")
with open(latin, "rb") as raw:
    print("latin-1 name", raw.read(20)[10:15])

with open(work + "/wrapped.gz", "wb") as plain:
    gz = gzip.GzipFile(fileobj=plain, mtime=1)
    print("mode from file", gz.mode == gzip.WRITE, gz.name.endswith("wrapped.gz"))
    gz.write(b"via wrapped file\n")
    gz.close()
    print("owner still open", plain.closed)
with open(work + "/wrapped.gz", "rb") as plain:
    gz = gzip.GzipFile(fileobj=plain)
    print("read mode", gz.mode == gzip.READ, gz.read())

anon = io.BytesIO()
gz = gzip.GzipFile(fileobj=anon, mode="w", mtime=0)
print("name of BytesIO", repr(gz.name), gz.mode)
gz.write(b"0123456789" * 5)
print("seek forward", gz.seek(60), gz.tell(), gz.seek(5, 1))
attempt("seek back", gz.seek, 10)
attempt("seek end", gz.seek, 0, 2)
attempt("read on write", gz.read)
attempt("peek on write", gz.peek, 1)
attempt("readline on write", gz.readline)
gz.close()
gz.close()
print("closed", gz.closed)
attempt("write closed", gz.write, b"x")
attempt("tell closed", gz.tell)
print("roundtrip", gzip.decompress(anon.getvalue()).count(b"\0"))

r = gzip.GzipFile(fileobj=io.BytesIO(anon.getvalue()), mode="rb")
print("read seek", r.seek(45), r.read(7), r.seek(2), r.read(3), r.tell())
print("seek rel", r.seek(3, 1), r.read(2))
attempt("read seek end", r.seek, 0, 2)
print("after end", r.tell(), r.read(), r.seek(-7, 2), r.read(3), r.seek(-100, 2), r.read(2))
print("clamped", r.seek(-4), r.tell(), r.seek(1000), r.read(), r.seek(-3, 1), r.read())
for whence in (3, 4, 5, -1):
    attempt("read whence %d" % whence, r.seek, 0, whence)
attempt("readlines on write", gzip.GzipFile(fileobj=io.BytesIO(), mode="wb").readlines)
attempt("next on write", next, gzip.GzipFile(fileobj=io.BytesIO(), mode="wb"))
attempt("read1 on write", gzip.GzipFile(fileobj=io.BytesIO(), mode="wb").read1)
attempt("readinto on write", gzip.GzipFile(fileobj=io.BytesIO(), mode="wb").readinto,
        bytearray(3))
attempt("write on read", r.write, b"x")
r.close()
attempt("read closed", r.read)

for bad in ("rt", "wU", "z", "rb+x"):
    attempt("mode " + bad, gzip.GzipFile, fileobj=io.BytesIO(), mode=bad)
attempt("open text+binary", gzip.open, io.BytesIO(), "rtb")
attempt("open errors arg", gzip.open, io.BytesIO(), "rb", errors="strict")
attempt("open newline arg", gzip.open, io.BytesIO(), "wb", newline="\n")
attempt("open int", gzip.open, 3.5)

text = work + "/text.gz"
with gzip.open(text, "wt", encoding="latin-1", newline="\r\n") as t:
    t.write("line \xe9\nsecond\n")
with gzip.open(text, "rb") as b:
    print("text bytes", b.read())
with gzip.open(text, "rt", encoding="latin-1", newline="") as t:
    print("text lines", t.readlines())

with gzip.open(work + "/append.gz", "wb") as gz:
    gz.write(b"one;")
with gzip.open(work + "/append.gz", "ab") as gz:
    gz.write(b"two;")
with gzip.open(work + "/append.gz", "rb") as gz:
    print("appended", gz.read())
attempt("exclusive exists", gzip.open, work + "/append.gz", "xb")
