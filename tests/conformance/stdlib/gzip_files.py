# gzip: one-shot compress/decompress with fixed mtimes, GzipFile over BytesIO in both modes,
# gzip.open in text mode, multi-member data and BadGzipFile/EOFError cases.
import gzip
import io
import zlib

data = b"hello world\n" * 300 + bytes(range(256)) + b"the end\n"
for level in (1, 6, 9):
    for mtime in (0, 1, 1700000000):
        c = gzip.compress(data, level, mtime=mtime)
        print(level, mtime, len(c), c[:10].hex(), c[-8:].hex(), gzip.decompress(c) == data)

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=123) as f:
    print(f.write(b"line one\n"), f.write(b"line two\n" * 3), f.write(bytearray(b"x")))
    print(f.tell(), f.writable(), f.readable())
raw = buf.getvalue()
print(raw.hex())

with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.read(5), f.readline(), f.readlines(), f.read(), f.mtime)
with gzip.GzipFile(fileobj=io.BytesIO(raw), mode="rb") as f:
    print([line for line in f])
named = io.BytesIO()
named.name = "report.txt.gz"
with gzip.GzipFile(fileobj=named, mode="wb", mtime=0, compresslevel=1) as f:
    f.write(b"named\n")
print(named.getvalue()[:24])

text_buf = io.BytesIO()
with gzip.open(text_buf, "wt", encoding="utf-8") as f:
    f.write("héllo\nwörld\n")
text_buf.seek(0)
with gzip.open(text_buf, "rt", encoding="utf-8") as f:
    print(repr(f.read()))

two = gzip.compress(b"first,", mtime=1) + b"\0\0" + gzip.compress(b"second", mtime=2)
print(gzip.decompress(two))
print(gzip.GzipFile(fileobj=io.BytesIO(two)).read())

good = gzip.compress(data, mtime=5)
cases = [b"not gzip data", good[:-3], good[:5], b"\x1f\x8b\x07" + good[3:],
         good[:-8] + b"\0\0\0\0" + good[-4:], good[:-4] + b"\0\0\0\0", b""]
for bad in cases:
    try:
        print(len(gzip.decompress(bad)))
    except (OSError, EOFError) as e:
        print(type(e).__name__, e)
    try:
        print(len(gzip.GzipFile(fileobj=io.BytesIO(bad)).read()))
    except (OSError, EOFError) as e:
        print(type(e).__name__, e)

print(issubclass(gzip.BadGzipFile, OSError))
for call in (lambda: gzip.open(io.BytesIO(), "rbt"),
             lambda: gzip.open(io.BytesIO(), "rb", encoding="utf-8"),
             lambda: gzip.open(123)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
w = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
try:
    w.read()
except OSError as e:
    print("OSError", e.errno, e.strerror)
w.close()
try:
    w.write(b"x")
except ValueError as e:
    print("ValueError", e)
print(w.closed, zlib.crc32(gzip.decompress(gzip.compress(b"abc" * 1000, mtime=0))))
