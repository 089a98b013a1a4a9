# Preset dictionaries (zdict): compressed bytes as CPython's for zlib, raw and small-window
# streams, round trips, and the errors for a missing or wrong dictionary.
import zlib
zd = b"the quick brown fox jumps over the lazy dog " * 3
msg = b"the lazy dog jumps over the quick brown fox; the fox is quick"
for lvl in (1, 6, 9):
    for wb in (15, -15, 12):
        co = zlib.compressobj(lvl, zlib.DEFLATED, wb, zdict=zd)
        c = co.compress(msg) + co.flush()
        print(lvl, wb, c.hex())
        d = zlib.decompressobj(wb, zdict=zd)
        print(d.decompress(c) == msg, d.eof)
co = zlib.compressobj(zdict=bytes(range(256)) * 200)
c = co.compress(bytes(range(256)) * 3) + co.flush()
print(c.hex())
print(zlib.decompressobj(zdict=bytes(range(256)) * 200).decompress(c) == bytes(range(256)) * 3)
c = zlib.compressobj(zdict=zd); c = c.compress(msg) + c.flush()
for call in (lambda: zlib.decompress(c), lambda: zlib.decompressobj().decompress(c),
             lambda: zlib.decompressobj(zdict=b"wrong").decompress(c), lambda: zlib.decompressobj(zdict="s")):
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
