# Damaged zlib and raw deflate streams: the error message (or partial output, tail and eof of
# a decompressobj limited to 100 bytes) for each of many corrupted or truncated inputs.
import zlib
state = 1
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 8) % n
base = [zlib.compress(b"hello world, this is a corruption test " * 20, l) for l in (0, 1, 6, 9)]
base.append(zlib.compress(bytes(rnd(256) for _ in range(3000))))
out = []
for i in range(300):
    b = bytearray(base[i % len(base)])
    for _ in range(1 + rnd(3)):
        b[rnd(len(b))] = rnd(256)
    if rnd(4) == 0:
        b = b[:rnd(len(b))]
    for wb in (15, -15):
        data = bytes(b) if wb > 0 else bytes(b[2:])
        try:
            r = zlib.decompress(data, wb)
            out.append("ok %d" % len(r))
        except zlib.error as e:
            out.append(str(e))
        d = zlib.decompressobj(wb)
        try:
            r = d.decompress(data, 100)
            out.append("obj %d %d %d %s" % (len(r), len(d.unconsumed_tail), d.eof, len(d.unused_data)))
        except zlib.error as e:
            out.append("obj " + str(e))
print("\n".join(out))
