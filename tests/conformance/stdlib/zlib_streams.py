# compressobj/decompressobj streaming: chunk boundaries of the output, flush modes, copy(),
# max_length with unconsumed_tail, unused_data after the end, eof, and stream errors.
import zlib

state = 99


def rand():
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state >> 8


words = [b"alpha", b"beta", b"gamma", b"delta", b"\n", b"epsilon", b"zeta", b"0123"]
text = b" ".join(words[rand() % len(words)] for _ in range(20000))
noise = bytes(rand() & 255 for _ in range(30000))
data = text[:4000] + noise + text

for level in (0, 1, 6, 9):
    for chunk in (500, 8192, 70000):
        co = zlib.compressobj(level)
        parts = [co.compress(data[i:i + chunk]) for i in range(0, len(data), chunk)]
        parts.append(co.flush())
        out = b"".join(parts)
        print(level, chunk, len(out), zlib.crc32(out), [len(p) for p in parts][:10],
              zlib.decompress(out) == data)

for mode in (zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK):
    co = zlib.compressobj(6)
    pieces = []
    for i in range(0, 20000, 3000):
        pieces.append(co.compress(text[i:i + 3000]))
        pieces.append(co.flush(mode))
    pieces.append(co.flush(mode))
    pieces.append(co.flush())
    out = b"".join(pieces)
    print("mode", mode, [len(p) for p in pieces], zlib.crc32(out), zlib.decompress(out) == text[:21000])

co = zlib.compressobj()
print(co.compress(b"hello"), co.flush(zlib.Z_SYNC_FLUSH).hex(), co.flush(zlib.Z_NO_FLUSH))
print(co.flush().hex())
for call in (lambda: co.compress(b"more"), lambda: co.flush(), lambda: co.copy()):
    try:
        call()
    except (zlib.error, ValueError) as e:
        print(type(e).__name__, e)

co = zlib.compressobj(9)
co.compress(text[:5000])
twin = co.copy()
a = co.compress(b"tail one") + co.flush()
b = twin.compress(b"tail one") + twin.flush()
print("copy", a == b, len(a))

raw = zlib.compressobj(6, zlib.DEFLATED, -15)
r = raw.compress(text[:1000]) + raw.flush()
gz = zlib.compressobj(6, zlib.DEFLATED, 31)
g = gz.compress(text[:1000]) + gz.flush()
print(r[:6].hex(), g[:12].hex(), g[-8:].hex())

z = zlib.compress(data)
for max_length in (0, 1, 100, 5000, 100000):
    d = zlib.decompressobj()
    got, rounds, tails = b"", 0, []
    pending = z
    while not d.eof and rounds < 2000:
        got += d.decompress(pending, max_length)
        pending = d.unconsumed_tail
        tails.append(len(pending))
        rounds += 1
    print("max", max_length, rounds, tails[:6], got == data, d.eof, d.unused_data)

d = zlib.decompressobj()
out = b""
for i in range(0, len(z), 777):
    out += d.decompress(z[i:i + 777])
print("pieces", out == data, d.eof, d.unused_data, d.unconsumed_tail)

d = zlib.decompressobj()
first = d.decompress(z + b"TRAILER")
print(len(first), d.eof, d.unused_data, d.decompress(b"more"), d.unused_data)

d = zlib.decompressobj()
part = d.decompress(z[:50])
print(len(part), d.eof, len(d.flush()), d.eof)

for wbits, blob in ((31, g), (47, g), (-15, r), (32, z)):
    d = zlib.decompressobj(wbits)
    print("wbits", wbits, len(d.decompress(blob)), d.eof)

d = zlib.decompressobj()
try:
    d.decompress(b"garbage!")
except zlib.error as e:
    print("error", e)
d = zlib.decompressobj()
try:
    d.decompress(z[:-4] + b"oops")
except zlib.error as e:
    print("error", e)
for bad in (lambda: zlib.decompressobj().decompress(b"x", -1),
            lambda: zlib.decompressobj().flush(0)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
