data = bytearray(b"abcdefgh")
mv = memoryview(data)
print(len(mv), mv[0], bytes(mv[2:5]), mv.tobytes(), mv.tolist()[:3])
mv[0] = ord("Z")
print(data)
sub = mv[4:]
sub[0] = ord("!")
print(data, bytes(sub))
print(mv.readonly, memoryview(b"xyz").readonly)
# bytes methods on splitting and searching
log = b"GET /index.html 200\nPOST /api 201\nGET /missing 404\n"
for line in log.splitlines():
    method, path, status = line.split()
    print(method.decode(), path.decode(), int(status), status.startswith(b"2"))
print(log.count(b"GET"), log.rfind(b"GET"), log.partition(b"\n")[0], log.lstrip(b"GET "))
print(b"a-b-c".rsplit(b"-", 1), b"abc".zfill(6), b"ab".ljust(4, b"."), b"\tx".expandtabs(4))
print(bytes(reversed(b"abc")), b"abc"[1], b"abc"[1:2], list(b"hi"), max(b"hello"))
