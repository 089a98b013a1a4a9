# struct.pack's errors for values a code cannot hold, in every byte order: CPython's
# messages differ between the native packers ('@', and '<'/'=' where the sizes agree) and
# the standard ones, and between a C-long overflow and a format-range error.
import struct

VALUES = [2**70, -2**70, 2**64, 2**63, -2**63 - 1, 300, -1, -129, 2**40, 2**31, -2**31 - 1,
          2**15, 2**16, 128, 1e6, 2**2000, 1e300, "x"]
for code in "bBhHiIlLqQnNPefd?":
    for order in ["", "@", "<", ">", "=", "!"]:
        fmt = order + code
        out = []
        for v in VALUES:
            try:
                out.append(struct.pack(fmt, v).hex())
            except (struct.error, OverflowError) as e:
                out.append("%s: %s" % (type(e).__name__, e))
        print(fmt)
        for v, r in zip(VALUES, out):
            print("   ", repr(v)[:12], r)
print(struct.pack("P", -1), struct.unpack("P", struct.pack("P", -1)))
print(struct.pack(">hH", -2, 65535), struct.unpack("<q", struct.pack("<Q", 2**64 - 1)))
