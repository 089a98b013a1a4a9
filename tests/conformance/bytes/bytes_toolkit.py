# bytes and bytearray methods, in-place bytearray edits, memoryview reads/writes/release,
# bytes repr, and the errors of the common misuses.
b = b'Hello, World! hello\tthere\n'
print(b.upper(), b.lower(), b.title(), b.swapcase(), b.capitalize(), b.expandtabs(4), b.center(30, b'-'), b.zfill(30)[:8])
print(b.split(), b.split(b'l', 2), b.rsplit(b'l', 2), b.partition(b', '), b.rpartition(b'x'), b.strip(b'\nH'), b.find(b'o'), b.rfind(111), b.count(b'l'), b.index(b'W'))
print(b.isalpha(), b'abc'.isalpha(), b'ABC1'.isalnum(), b'  '.isspace(), b'Ab Cd'.istitle(), b'12'.isdigit(), b'abc'.islower(), b'\xe9'.isalpha(), b'x'.isascii(), b'\x80'.isascii())
print(b.hex(), b'\x01\xff'.hex(':'), b'\x01\x02\x03\x04\x05'.hex('-', 2), b'\x01\x02\x03\x04\x05'.hex(b'|', -2), bytes.fromhex('de ad be ef'), bytearray.fromhex('00ff'))
print(b.startswith((b'He', b'x')), b.endswith(b'\n'), b.replace(b'l', b'L', 2), b.removeprefix(b'Hello'), b.removesuffix(b'\n'), b.ljust(3), b'ab'.rjust(5, b'0'))
print(b'a' in b, 104 in b, b[0], b[-1:], b[::3], list(b'abc'), bytes(3), bytes([1, 2]), bytes('é', 'utf-8'), bytes(range(3)), b'ab' * 2, b'ab' + bytearray(b'cd'))
ba = bytearray(b'hello')
ba[0] = 74; ba[1:3] = b'EE'; ba += b'!'; ba.extend([33, 63]); ba.insert(0, 62); ba.append(60)
print(ba, ba.pop(), ba.pop(0), ba, ba.remove(33), ba, ba.find(b'E'), ba.reverse(), ba, len(ba))
del ba[::2]; print(ba, ba.copy(), bytes(ba), ba == b'lE!', ba.decode())
for op in [lambda: bytes(-1), lambda: bytes('x'), lambda: bytes([256]), lambda: b'a' + 'b', lambda: b'abc'.index(b'z'), lambda: bytearray(b'a').pop(5), lambda: bytearray().pop(), lambda: b'x'[5], lambda: bytearray(b'ab').remove(99), lambda: b'%d' % 'x', lambda: b'a'.join(['b']), lambda: bytes.fromhex('0'), lambda: b'x'.decode('ascii', 'bogus') , lambda: b'\xff'.decode('ascii', 'bogus'), lambda: ba.__setitem__(0, 300), lambda: b'ab'.center(5, b'xy'), lambda: b' '.join([1])]:
    try: print(op())
    except Exception as e: print(type(e).__name__, e)
m = memoryview(b'abcdef')
print(m[1], m[1:3].tobytes(), bytes(m[::2]), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.tolist()[:3], m.hex(), m == b'abcdef')
mb = memoryview(bytearray(b'xyz'))
mb[0] = 65; mb[1:] = b'BC'; print(mb.obj, mb.tobytes(), mb.readonly)
m2 = memoryview(bytearray(8)).cast('I'); m2[0] = 7; m2[1] = 2**32 - 1; print(m2.tolist(), m2.format, m2.itemsize, bytes(m2.obj))
with memoryview(b'ctx') as mm: print(mm.tobytes())
try: mm[0]
except ValueError as e: print('ValueError', e)
try: memoryview(b'ab')[0] = 1
except TypeError as e: print('TypeError', e)
print(repr(b"it's"), repr(b'"\''), repr(bytearray(b'\x00\x7f\x80')), str(b'x'), b'\\t\\n\\r\\\\'.decode('unicode_escape'))
print(sorted([b'b', b'a', b'ab']), b'a' < b'b', b'abc' > b'ab', hash(b'x') == hash(bytearray(b'x')) if False else '', max(b'hello'), sum(b'abc'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), (1024).to_bytes(2, 'big'), (-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff', 'big', signed=True))
