# Fixed-size binary records with struct, read back with seek; hex digests, base64, zlib, array files.
import struct, sys, os, binascii, base64, hashlib, zlib, array
base = sys.argv[1]
path = os.path.join(base, "records.bin")
recs = [(1, b"alice", 3.5, True), (2, b"bob", -1.25, False), (300, b"carolina", 1e10, True)]
fmt = "<I8sd?"
print(struct.calcsize(fmt), struct.calcsize("=I8sd?"), struct.calcsize("I8sd?"))
with open(path, "wb") as f:
    f.write(struct.pack("<4sH", b"RECS", len(recs)))
    for r in recs:
        f.write(struct.pack(fmt, *r))
with open(path, "rb") as f:
    magic, n = struct.unpack("<4sH", f.read(6))
    print(magic, n)
    size = struct.calcsize(fmt)
    for i in range(n):
        rid, name, val, flag = struct.unpack(fmt, f.read(size))
        print(rid, name.rstrip(b"\0").decode(), val, flag)
    print(f.read(), f.tell())
    f.seek(6 + size)
    print(struct.unpack_from("<I", f.read(4)))
    f.seek(-size, os.SEEK_END)
    print(f.tell(), struct.unpack(fmt, f.read()))
data = open(path, "rb").read()
print(list(struct.iter_unpack("<H", data[:8])))
print(binascii.hexlify(data[:10]), data[:10].hex(":"), binascii.crc32(data))
print(hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest())
h = hashlib.sha256()
for i in range(0, len(data), 7):
    h.update(data[i:i+7])
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
print(base64.b64encode(data[:16]), base64.urlsafe_b64encode(b"\xff\xfe\xfd"), base64.b32encode(b"hi"))
print(base64.b64decode(base64.b64encode(data)) == data, base64.b16encode(b"\x01\xab"))
c = zlib.compress(data * 10)
print(len(data) * 10, zlib.decompress(c) == data * 10, zlib.adler32(data))
a = array.array("i", [1, -2, 3])
a.append(4); a.extend([5, 6])
print(a, a.itemsize, a.tobytes()[:8], a.typecode)
apath = os.path.join(base, "arr.bin")
with open(apath, "wb") as f:
    a.tofile(f)
b = array.array("i")
with open(apath, "rb") as f:
    b.fromfile(f, 6)
print(b == a, b.tolist(), sum(b))
d = array.array("d", [1.5, 2.5])
print(d, d[1], d * 2, array.array("b", b"\x01\xff"))
try:
    struct.pack("<H", 70000)
except struct.error as e:
    print("struct.error", e)
try:
    struct.unpack("<I", b"ab")
except struct.error as e:
    print("struct.error", e)
try:
    array.array("B", [256])
except OverflowError as e:
    print("OverflowError", e)
print(struct.pack(">hHiIq", -1, 65535, -2, 7, 1 << 40).hex())
print(struct.unpack(">f", struct.pack(">f", 0.1))[0], struct.pack("3s", b"abcdef"), struct.pack("2xc", b"z"))
