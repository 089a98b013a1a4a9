# struct: native and standard layouts, every format code, range errors.
import struct
for fmt, vals in [("<i", (1,)), (">i", (-2,)), ("<hHb", (-3, 65535, 127)), ("@bid", (1, 2, 3.5)), ("=bid", (1, 2, 3.5)), ("!Q", (2**64 - 1,)), ("<f", (1.1,)), (">d", (-0.0,)), ("<e", (0.333,)), ("3s", (b"abcdef",)), ("5p", (b"hi",)), ("<?c", (True, b"z")), ("<2h3x2B", (1, 2, 3, 4)), ("@ci", (b"a", 7)), ("<q", (-2**63,)), ("@P", (12345,)), ("<4sI", (b"RIFF", 36)), (">HHI", (1, 2, 3)), ("<e", (65504.0,)), ("<e", (1e-7,)), ("<f", (float("inf"),)), ("<d", (float("nan"),))]:
    b = struct.pack(fmt, *vals)
    print(fmt, b, struct.unpack(fmt, b), struct.calcsize(fmt))
for fmt, v in [('b', 200), ('B', -1), ('h', 40000), ('H', -1), ('i', 2**31), ('I', -1), ('l', 2**63), ('<i', 2**31), ('<I', -1), ('<l', 2**31), ('<q', 2**63), ('>h', 40000), ('<H', 70000), ('<B', 256), ('c', b'ab'), ('s', 'x'), ('i', 1.5), ('f', 'x')]:
    try: struct.pack(fmt, v)
    except struct.error as e: print(fmt, e)
for args in [('ii', 1), ('i', 1, 2)]:
    try: struct.pack(*args)
    except struct.error as e: print(e)
try: struct.unpack('ii', b'1234')
except struct.error as e: print(e)
try: struct.unpack_from('ii', b'1234', 2)
except struct.error as e: print(e)
try: struct.calcsize('z')
except struct.error as e: print(e)
print(struct.calcsize('@bid'), struct.calcsize('=bid'), struct.calcsize('@ci'), struct.calcsize('@ih'), struct.calcsize('@hi'), struct.calcsize('P'), struct.calcsize('@3sq'))
s = struct.Struct("<hI"); print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00\x00\x00"), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
buf = bytearray(10); struct.pack_into("<hh", buf, 2, 5, -1); print(buf, struct.unpack_from("<hh", buf, 2), struct.unpack_from("<h", buf, offset=4))
header = struct.pack(">4sHHI", b"PYSL", 1, 2, 1024); magic, major, minor, size = struct.unpack(">4sHHI", header); print(magic, major, minor, size, len(header))
