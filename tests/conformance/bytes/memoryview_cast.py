# memoryview.cast: native item formats, reading and writing items, slicing cast views,
# comparisons across formats, and the errors of invalid casts and item values.
import struct
buf = bytearray(16)
m = memoryview(buf)
mi = m.cast('I')
mi[0] = 7; mi[1] = 2**32 - 1; mi[3] = 0x01020304
print(mi.tolist(), mi.format, mi.itemsize, mi.nbytes, len(mi), mi.shape, mi.strides, mi.contiguous, bytes(buf))
print(mi[1], mi[-1], mi[1:3].tolist(), mi[::2].tolist(), mi[::2].contiguous, mi[::-1].tolist())
for fmt in ['b', 'B', 'c', 'h', 'H', 'i', 'l', 'L', 'q', 'Q', 'n', 'N', 'f', 'd', '?', '@i']:
    v = memoryview(bytes(range(250, 256)) + bytes(range(10))).cast(fmt)
    print(fmt, v.format, v.itemsize, len(v), v.tolist()[:4])
md = memoryview(bytearray(struct.pack('<3d', 1.5, -2.25, 1e100))).cast('d')
print(md.tolist(), md[2], md == memoryview(struct.pack('<3d', 1.5, -2.25, 1e100)).cast('d'))
md[0] = 3; md[1] = 0.1; print(md.tolist())
mc = memoryview(b'xyz').cast('c'); print(mc[0], mc.tolist(), list(mc), b'y' in mc, mc == b'xyz', hash(mc) == hash(b'xyz'))
mb = memoryview(bytearray(4)).cast('?'); mb[0] = 5; mb[1] = []; print(mb.tolist())
back = mi.cast('B'); print(back.format, len(back), back[:4].tolist())
for op in [lambda: mi.cast('d'), lambda: m[::2].cast('I'), lambda: memoryview(b'abc').cast('I'), lambda: m.cast('Z'), lambda: m.cast('<i'), lambda: m.cast(5),
           lambda: mi.__setitem__(0, -1), lambda: mi.__setitem__(0, 1.5), lambda: mi.__setitem__(0, 2**32), lambda: mi.__setitem__(slice(0, 1), b'\x00\x00\x00\x00'),
           lambda: md.__setitem__(0, 'x'), lambda: mc.__setitem__(0, b'x'), lambda: memoryview(bytearray(2)).cast('c').__setitem__(0, b'ab'),
           lambda: memoryview(bytearray(2)).cast('c').__setitem__(0, 1), lambda: hash(memoryview(b'abcd').cast('i')), lambda: m.cast('i', [4]).tolist(), lambda: m.cast('i', (3,)), lambda: m.cast()]:
    try: print(op())
    except Exception as e: print(type(e).__name__, e)
mi[0:2] = memoryview(bytearray(struct.pack('<II', 11, 22))).cast('I'); print(mi.tolist())
print(memoryview(b'ab').cast('B') == b'ab', memoryview(struct.pack('<h', 65)).cast('h') == memoryview(b'A\x00').cast('H'), memoryview(struct.pack('<i', -1)).cast('i') == memoryview(struct.pack('<I', 2**32-1)).cast('I'))
s = memoryview(struct.pack('<4h', 1, -2, 3, -4)).cast('h'); print(sum(s), max(s), sorted(s), s.tobytes(), s.hex())
