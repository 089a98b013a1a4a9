import struct, sys, os, zlib, hashlib, base64, binascii, array, uuid, hmac
base = sys.argv[1]
path = os.path.join(base, "records.bin")
REC = struct.Struct("<I16sdh?")
print(REC.size, REC.format, struct.calcsize(">I16sdh?"), struct.calcsize("@Ihq"))
people = [(1, "ada", 36.5, -3, True), (2, "grace", 85.25, 7, False), (300000, "linus", 0.1, 0, True)]
with open(path, "wb") as f:
    f.write(b"RECS")
    f.write(struct.pack("<H", len(people)))
    for pid, name, score, delta, flag in people:
        f.write(REC.pack(pid, name.encode(), score, delta, flag))
print(os.path.getsize(path))
with open(path, "rb") as f:
    magic = f.read(4)
    (n,) = struct.unpack("<H", f.read(2))
    print(magic, n, f.tell())
    for _ in range(n):
        pid, raw, score, delta, flag = REC.unpack(f.read(REC.size))
        print(pid, raw.rstrip(b"\0").decode(), score, delta, flag)
    print(f.read(), f.tell())
    f.seek(6 + REC.size)
    print(REC.unpack_from(f.read())[0])
    f.seek(-REC.size, os.SEEK_END)
    print(REC.unpack(f.read())[1][:5])
data = open(path, "rb").read()
print(list(struct.iter_unpack("<I", data[6:6 + 8])))
buf = bytearray(12)
struct.pack_into(">hhd", buf, 0, -1, 2, 1.5)
print(buf.hex(), struct.unpack(">hhd", buf))
for fmt, val in [("b", 200), ("H", -1), ("i", 2**31), ("c", b"ab"), ("?", 2)]:
    try:
        print(fmt, struct.pack(fmt, val))
    except struct.error as e:
        print(fmt, "struct.error:", e)
try:
    struct.unpack("<I", b"abc")
except struct.error as e:
    print("struct.error:", e)
print(struct.pack("5s3p", b"hello world", b"xyz"), struct.pack(">e", 1.5), struct.unpack("<f", struct.pack("<f", 0.1)))
comp = zlib.compress(data, 9)
print(len(comp) < len(data) + 20, zlib.decompress(comp) == data, zlib.crc32(data), zlib.adler32(data))
co = zlib.compressobj()
stream = co.compress(b"abc" * 1000) + co.flush()
print(zlib.decompress(stream)[:9], len(zlib.decompress(stream)))
try:
    zlib.decompress(b"not zlib")
except zlib.error as e:
    print("zlib.error:", e)
print(hashlib.sha256(data).hexdigest())
print(hashlib.md5(b"abc").hexdigest(), hashlib.sha1(b"abc").hexdigest()[:16])
h = hashlib.new("sha256")
for chunk in (data[i:i + 7] for i in range(0, len(data), 7)):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.name, h.digest_size, h.block_size)
print(hmac.new(b"key", b"msg", "sha256").hexdigest())
print(hmac.compare_digest("abc", "abc"), hashlib.blake2b(b"x", digest_size=8).hexdigest())
enc = base64.b64encode(data[:20])
print(enc, base64.b64decode(enc) == data[:20], base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"hi"))
print(base64.b16encode(b"\x01\xab"), binascii.hexlify(b"\x01\xab", "-"), binascii.unhexlify("01ab"))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
arr = array.array("h", [1, -2, 300])
arr.append(4)
print(arr, arr.itemsize, arr.tobytes(), arr.typecode)
apath = os.path.join(base, "arr.bin")
with open(apath, "wb") as f:
    arr.tofile(f)
back = array.array("h")
with open(apath, "rb") as f:
    back.fromfile(f, 4)
print(back == arr, back.tolist(), sum(back))
d = array.array("d", [0.5, 1.5])
d.byteswap()
print(d.tobytes()[:4], array.array("B", b"\x01\x02").tolist())
u = uuid.uuid5(uuid.NAMESPACE_DNS, "example.org")
print(u, u.version, u.hex[:8], str(uuid.uuid3(uuid.NAMESPACE_URL, "http://x")))
print(uuid.UUID("12345678-1234-5678-1234-567812345678").int, uuid.UUID(bytes=b"\x00" * 16))
print(repr(u), u == uuid.UUID(str(u)), uuid.uuid4().version)
