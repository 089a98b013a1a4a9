b = bytes(range(0, 256, 17))
print(b, b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -3), b.hex(b"|", 4))
print(bytes.fromhex("de ad be ef"), bytes.fromhex("DEADbeef"), bytearray.fromhex(" 01 02 "))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print(e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(e)
ba = bytearray(b"hello world")
ba[0] = 72; ba[-5:] = b"WORLD!!"; print(ba, len(ba))
del ba[::2]; print(ba)
ba.extend(b"xyz"); ba.insert(0, 33); ba.append(0x41); print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("x")); print(ba, ba.find(b"y"), ba.count(b"l"), ba.replace(b"l", b"L"))
print(b"a,b,c".split(b","), b"  x  y ".split(), b"abc".partition(b"b"), b"x".join([b"1", bytearray(b"2")]))
print(b"abc".upper(), b"Hello".swapcase(), b"hello world".title(), b"abc".center(9, b"*"), b"12".zfill(5))
print(b"abc"[1], b"abc"[1:], list(b"ab"), b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd")
print(b"%s %d %x %r" % (b"hi", 5, 255, b"q"), b"%5s|%-5s|" % (b"a", b"b"), b"%c%c" % (65, b"B"))
m = memoryview(b"abcdefgh")
print(m[1], m[1:3].tobytes(), m[::2].tobytes(), m.hex(), len(m), m.nbytes, m.readonly, m.format, m.itemsize)
print(m.tolist()[:3], bytes(m[2:4]), m[-1], m == b"abcdefgh")
mv = memoryview(bytearray(b"0000"))
mv[1:3] = b"xy"; print(mv.obj, mv.tobytes())
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print((1024).to_bytes(4, "big"), (-1).to_bytes(2, "little", signed=True), (255).to_bytes(1, "big"), (0).to_bytes(0, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print(b"\x00\x7f\x80\xff\t\n\r'\"\\", bytearray(b"'"), repr(b'"\''))
print(b"abc" < b"abd", b"abc" == bytearray(b"abc"), b"a" in b"cat", 97 in b"cat", b"" in b"x")
try:
    b"abc" + "def"
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b"x"[5]
except IndexError as e:
    print(e)
try:
    bytearray(b"x")[5] = 1
except IndexError as e:
    print(e)
try:
    bytearray(b"x")[0] = 300
except ValueError as e:
    print(e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
print(bytes(3), bytes("é", "utf-8"), bytes(b"x"), bytearray(2), bytes(bytearray(b"q")))
print(b"hello".startswith(b"he"), b"a b".isspace(), b"abc".isalpha(), b"ABC".isupper(), b"Ab".istitle())
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"aabb".translate(None, b"a"))
print(b"  x ".strip(), b"xxaxx".strip(b"x"), b"a\tb".expandtabs(4), b"abc".ljust(5, b"."))
print(b"abc".decode(), bytearray(b"\xc3\xa9").decode("utf-8"), b"a\nb\r\nc".splitlines())
print(hash(b"abc") == hash(bytearray(b"abc").__bytes__()) if hasattr(bytearray, '__bytes__') else "nb")
print(sorted([b"b", b"a", b"ab"]), max(b"hello"), sum(b"abc"), b"ab" * 2, bytearray(b"ab") * 2)
mv2 = memoryview(bytes(range(8))).cast("H")
print(mv2.tolist(), mv2.format, mv2.itemsize, len(mv2), mv2.nbytes)
print(memoryview(b"ab").cast("B", (2, 1)).tolist() if False else "", bytes(memoryview(b"xyz")[::-1]))
