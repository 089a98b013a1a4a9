# zlib.compress output must be byte-identical to CPython's zlib for every level, window size,
# strategy and memory level; checksums and one-shot decompression errors.
import zlib

state = 12345


def rand():
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state >> 8


words = [b"the", b"quick", b"brown", b"fox", b"jumps", b"over", b"lazy", b"dog", b"\n",
         b"data", b"zlib", b"1234", b"compress", b"window"]
text = b" ".join(words[rand() % len(words)] for _ in range(12000))
noise = bytes(rand() & 255 for _ in range(9000))
mixed = text[:3000] + noise[:4000] + text + noise[:500] + b"ab" * 3000

for data in (b"", b"a", b"hello", b"hello hello hello hello", b"\x00" * 1000):
    for level in (-1, 0, 1, 5, 9):
        print(level, zlib.compress(data, level).hex())

for name, data in (("text", text), ("noise", noise), ("mixed", mixed)):
    sizes = []
    for level in range(-1, 10):
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
        sizes.append((len(c), zlib.crc32(c)))
    print(name, len(data), sizes)

for wbits in (9, 10, 12, 15, -9, -13, -15, 25, 28, 31):
    c = zlib.compress(mixed, 6, wbits)
    print("wbits", wbits, len(c), zlib.crc32(c), c[:4].hex(), zlib.decompress(c, wbits) == mixed)
    auto = wbits if wbits < 0 else 47 if wbits > 15 else 32 + wbits
    print("   auto", zlib.decompress(c, auto) == mixed)

for strategy in range(5):
    for mem in (1, 4, 8, 9):
        co = zlib.compressobj(6, zlib.DEFLATED, 15, mem, strategy)
        c = co.compress(mixed) + co.flush()
        print("strategy", strategy, "mem", mem, len(c), zlib.crc32(c))

print(zlib.crc32(b""), zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")))
print(zlib.adler32(b""), zlib.adler32(b"hello"), zlib.adler32(b"x" * 100000, 7))
print(zlib.crc32(b"abc", -1), zlib.crc32(b"abc", 2 ** 40), zlib.crc32(bytearray(b"abc")))
print(zlib.crc32(memoryview(b"abcdef")[2:]))

good = zlib.compress(text)
cases = [
    ("truncated", good[:-1]),
    ("header only", good[:2]),
    ("bad header", b"abcdef"),
    ("bad check", good[:-4] + b"\0\0\0\0"),
    ("bad block type", b"x\x9c\x07\x00"),
    ("stored lengths", b"\x00\x01\x00\x00\x00"),
    ("empty", b""),
]
for label, bad in cases:
    for wbits in (15, -15):
        try:
            print(label, wbits, len(zlib.decompress(bad, wbits)))
        except zlib.error as e:
            print(label, wbits, "error:", e)

for args in ((b"x", 10), (b"x", -2), (b"x", 6, 7), (b"x", 6, 32)):
    try:
        zlib.compress(*args)
    except zlib.error as e:
        print("compress", args[1:], e)
for bad in (lambda: zlib.compress("text"), lambda: zlib.decompress(b"x", bufsize=-1),
            lambda: zlib.decompress(b"x", 7), lambda: zlib.compressobj(10),
            lambda: zlib.decompressobj(99), lambda: zlib.crc32("abc")):
    try:
        bad()
    except (TypeError, ValueError, zlib.error) as e:
        print(type(e).__name__, e)

print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_SPEED,
      zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_SYNC_FLUSH, zlib.Z_FINISH,
      zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH, zlib.Z_FILTERED, zlib.Z_RLE, zlib.Z_FIXED)
print(zlib.ZLIB_VERSION[:2], issubclass(zlib.error, Exception), zlib.error.__module__)
import zlib
for call in (lambda: zlib.compress(b"x", None), lambda: zlib.compress(b"x", 1.5), lambda: zlib.compress(b"x", True),
             lambda: zlib.decompress(zlib.compress(b"x"), "15"), lambda: zlib.compressobj(level=None),
             lambda: zlib.decompressobj().decompress(b"", None), lambda: zlib.compressobj().flush(None)):
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
