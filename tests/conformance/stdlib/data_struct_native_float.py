# struct: native 'f' casts like C (too large a value packs as an infinity), the standard
# sizes raise OverflowError; Struct's class lives in _struct and keeps object's repr.
import struct

for fmt in ["f", "@f", "=f", "<f", ">f", "!f", "e", "<e", "d"]:
    for v in [1e40, -1e300, 3.5, float("inf")]:
        try:
            print(fmt, v, struct.pack(fmt, v).hex())
        except OverflowError as e:
            print(fmt, v, "OverflowError", e)
print(struct.unpack("f", struct.pack("f", 1e39)), struct.unpack("f", struct.pack("f", -1e39)))
print(struct.Struct, struct.Struct.__module__, struct.Struct.__name__, struct.Struct.__qualname__)
s = struct.Struct("<4sHHI")
print(type(s).__module__, repr(s).startswith("<_struct.Struct object at 0x"), s.format, s.size)
print(struct.error, struct.error.__module__)
