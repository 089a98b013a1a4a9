# zipfile: how members are named, laid out and checked: arcnames from disk paths, clamped
# timestamps, directory members from writestr and mkdir, unseekable output with data
# descriptors, zip64 extra fields in a central directory, unsafe names on extract, and the
# errors of writing at the wrong time.
import io
import os
import struct
import sys
import zipfile
import zlib

work = sys.argv[1]


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result if isinstance(result, (int, str, bytes, type(None))) else "")


def show(zf):
    for i in zf.infolist():
        print("  %-14s size=%-4d csize=%-4d type=%d dir=%s attr=%#010x crc=%08x off=%d" % (
            i.filename, i.file_size, i.compress_size, i.compress_type, i.is_dir(),
            i.external_attr, i.CRC, i.header_offset))


old = os.path.join(work, "old.txt")
with open(old, "w") as f:
    f.write("from the seventies\n")
os.utime(old, (0, 86400 * 365))
os.makedirs(os.path.join(work, "tree", "leaf"))
with open(os.path.join(work, "tree", "leaf", "x.txt"), "w") as f:
    f.write("x" * 50)
os.chmod(os.path.join(work, "tree", "leaf", "x.txt"), 0o640)

attempt("strict old", zipfile.ZipInfo.from_file, old)
info = zipfile.ZipInfo.from_file(old, "///abs/./old.txt", strict_timestamps=False)
print("clamped", info.filename, info.date_time, info.file_size)
leaf = zipfile.ZipInfo.from_file(os.path.join(work, "tree", "leaf"), "leaf")
print("dir info", leaf.filename, leaf.file_size, leaf.is_dir(), hex(leaf.external_attr & 0xFFFF))
x = zipfile.ZipInfo.from_file(os.path.join(work, "tree", "leaf", "x.txt"), "a/../x.txt")
print("file info", x.filename, x.file_size, oct(x.external_attr >> 16))
attempt("root arcname", zipfile.ZipInfo.from_file, old, "/")

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, strict_timestamps=False) as zf:
    zf.write(old, "old.txt")
    zf.write(os.path.join(work, "tree", "leaf"), "leafdir")
    zf.write(os.path.join(work, "tree", "leaf", "x.txt"), "/x.txt", zipfile.ZIP_STORED)
    zf.writestr("notes/", b"")
    zf.writestr("notes/a.txt", "caf\u00e9 " * 20, compresslevel=1)
    zf.writestr(zipfile.ZipInfo("fixed.bin", (2001, 2, 3, 4, 5, 6)), bytes(range(40)))
    zf.mkdir("made")
    zf.mkdir("made2/", mode=0o700)
    fresh = zipfile.ZipInfo("viainfo2/", (1999, 1, 1, 0, 0, 0))
    attempt("fresh CRC", getattr, fresh, "CRC")
    fresh.CRC = 0
    zf.mkdir(fresh)
    attempt("mkdir file info", zf.mkdir, zipfile.ZipInfo("nodir"))
    attempt("mkdir int", zf.mkdir, 42)
    attempt("writestr empty name", zf.writestr, "", b"x")
    handle = zf.open("streamed.txt", "w")
    handle.write(b"part one, ")
    handle.write(memoryview(b"part two"))
    attempt("writestr while open", zf.writestr, "y", b"y")
    attempt("write while open", zf.write, old, "again")
    attempt("open while open", zf.open, "z", "w")
    attempt("read while open", zf.read, "old.txt")
    attempt("close while open", zf.close)
    handle.close()
    attempt("write closed handle", handle.write, b"more")
    print("handle closed", handle.closed)
data = buf.getvalue()
with zipfile.ZipFile(io.BytesIO(), "w") as scratch:
    attempt("mkdir fresh info", scratch.mkdir, zipfile.ZipInfo("viainfo/", (1999, 1, 1, 0, 0, 0)))
    scratch.filelist.clear()
print("archive", len(data) > 0, data[-22:-18] == b"PK\x05\x06")
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    show(zf)
    print("read", zf.read("streamed.txt"), zf.read("notes/a.txt")[:10], len(zf.read("x.txt")))
    print("dates", [i.date_time for i in zf.infolist() if i.filename in ("fixed.bin", "viainfo2/")])
    print("testzip", zf.testzip())
    attempt("writestr on read", zf.writestr, "n", b"n")
attempt("writestr after close", zf.writestr, "n", b"n")
attempt("write after close", zf.write, old)


class Pipe:
    """Write-only and unseekable, like a pipe."""

    def __init__(self):
        self.chunks = []
        self.flushes = 0

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

    def flush(self):
        self.flushes += 1

    def tell(self):
        raise OSError("unseekable")


pipe = Pipe()
with zipfile.ZipFile(pipe, "w", zipfile.ZIP_DEFLATED) as zf:
    zf.writestr("one.txt", "one " * 30)
    with zf.open("two.txt", "w") as w:
        w.write(b"two " * 10)
    zf.mkdir("three")
streamed = b"".join(pipe.chunks)
print("descriptors", streamed.count(b"PK\x07\x08"), len(streamed), pipe.flushes > 0)
with zipfile.ZipFile(io.BytesIO(streamed)) as zf:
    show(zf)
    print([zf.read(n) for n in ("one.txt", "two.txt")][1], [hex(i.flag_bits) for i in zf.infolist()])


def zip64_archive(sizes, field):
    """One stored member whose central entry says file_size/compress_size/offset and
    carries `field` as its zip64 extra field."""
    payload = b"hello"
    name = b"big.txt"
    crc = zlib.crc32(payload)
    local = struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, 0, 0, 0, 33, crc, len(payload),
                        len(payload), len(name), 0) + name + payload
    extra = struct.pack("<HH", 1, len(field)) + field
    fsize, csize, off = sizes
    central = struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", 45, 3, 45, 0, 0, 0, 0, 33, crc,
                          csize, fsize, len(name), len(extra), 0, 0, 0, 0, off) + name + extra
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(central), len(local), 0)
    return local + central + end


M = 0xFFFFFFFF
for label, sizes, field in [
        ("all three", (M, M, M), struct.pack("<3Q", 5, 5, 0)),
        ("sizes only", (M, M, 0), struct.pack("<2Q", 5, 5)),
        ("offset only", (5, 5, M), struct.pack("<Q", 0)),
        ("missing csize", (M, M, 0), struct.pack("<Q", 5)),
        ("missing offset", (M, M, M), struct.pack("<2Q", 5, 5)),
        ("missing size", (M, 5, 0), b"\x05\x00"),
        ("empty field", (5, M, 0), b""),
]:
    try:
        with zipfile.ZipFile(io.BytesIO(zip64_archive(sizes, field))) as zf:
            i = zf.infolist()[0]
            print(label, i.file_size, i.compress_size, i.header_offset, zf.read("big.txt"))
    except zipfile.BadZipFile as e:
        print(label, "BadZipFile", e)

evil = io.BytesIO()
with zipfile.ZipFile(evil, "w") as zf:
    for name in ("../escape.txt", "/abs/path.txt", "a/./b/../c.txt", "dir/", "ok.txt",
                 "..\\win.txt"):
        zf.writestr(name, name.encode())
with zipfile.ZipFile(evil) as zf:
    out = os.path.join(work, "out")
    for name in zf.namelist():
        print("extract", name, "->", os.path.relpath(zf.extract(name, out), work))
    zf.extractall(os.path.join(work, "all"), members=["ok.txt", zf.getinfo("dir/")])
for root, dirs, files in sorted(os.walk(work)):
    rel = os.path.relpath(root, work)
    if rel.startswith(("out", "all")) or rel == ".":
        print("tree", rel, sorted(dirs), sorted(files))
print("repr", repr(zipfile.ZipInfo("r.txt")))
