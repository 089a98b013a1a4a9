import struct, base64, binascii, math
cases = [('<I2sHd?', (1, b'ab', 65535, 3.5, True)), ('>bBhHiIqQ', (-128, 255, -32768, 65535, -2**31, 2**32 - 1, -2**63, 2**64 - 1)),
         ('@bxiq', (1, 2, 3)), ('=lL', (-5, 7)), ('!e f d', (1.5, -0.1, 1e300)), ('<5p3s', (b'hello world', b'xy')), ('<0s', (b'a',)),
         ('<??????', (0, 1, None, 2.0, '', [1])), ('<cc', (b'a', bytearray(b'b'))), ('<nN', (-1, 5)), ('P', (12345,)), ('<3h', (1, -2, 3)),
         ('<d', (float('nan'),)), ('<f', (float('-inf'),)), ('<e', (65504.0,)), ('<I', (True,)), ('<Q', (2**63,)), ('>q', (-1,)), ('<2e', (0.1, 1e-8)),
         ('<f', (1e40,)), ('<e', (1e6,)), ('<i', (2**31,)), ('<H', (-1,)), ('<B', (256,)), ('<i', (1.0,)), ('<d', ('x',)), ('<s', ('str',)), ('<c', (b'ab',)),
         ('<q', (2**70,)), ('<Q', (-1,)), ('<b', (False,)), ('>Q', (2**64,)), ('<ii', (1,)), ('<i', (1, 2))]
for fmt, vals in cases:
    try:
        b = struct.pack(fmt, *vals)
        back = struct.unpack(fmt, b)
        print(fmt, b, [x if not (isinstance(x, float) and math.isnan(x)) else 'nan' for x in back], struct.calcsize(fmt))
    except (struct.error, OverflowError, TypeError) as e:
        print(fmt, type(e).__name__, e)
s = struct.Struct('<hI')
buf = bytearray(20)
s.pack_into(buf, 2, -3, 99); s.pack_into(buf, -6, 1, 2)
print(buf, s.unpack_from(buf, 2), s.unpack_from(memoryview(buf), -6), list(s.iter_unpack(bytes(18))) [:2])
print(list(struct.iter_unpack('>H', bytearray(b'\x00\x01\x00\x02'))), struct.unpack('<d', memoryview(struct.pack('<d', 2.5))))
for bad in [lambda: s.unpack(b'123'), lambda: s.unpack_from(b'12', 0), lambda: s.pack_into(bytearray(3), 0, 1, 2), lambda: list(s.iter_unpack(b'1234567'))]:
    try:
        bad()
    except struct.error as e:
        print('struct.error', e)
for data in [b'', b'f', b'fo', b'foo', b'foob', b'\x00\xff\xfe' * 7, bytes(range(256))]:
    e = base64.b64encode(data)
    print(e[:40], base64.b64decode(e) == data, base64.urlsafe_b64encode(data)[:20], binascii.b2a_base64(data)[-5:], binascii.crc32(data), binascii.crc32(data, 12345), binascii.crc32(data, -1))
for enc in ['Zm9v', 'Zm9', 'Zm', 'Z', 'Zm9v\n', 'Z m 9 v', 'Zg==', 'Zg=', 'Zg', 'Zg==junk', '=Zg==', 'Zg=a=', 'Zm9vYg==Zm9v', '!!!!', 'Zm9vYmFy', b'Zm9v', 'QUJD' * 3]:
    for strict in (False, True):
        try:
            print(repr(enc), strict, base64.b64decode(enc, validate=strict))
        except binascii.Error as e:
            print(repr(enc), strict, 'Error:', e)
print(base64.b64decode('-_8=', altchars='-_'), base64.urlsafe_b64decode('-_8='), base64.encodebytes(b'x' * 100), base64.decodebytes(b'eHh4\neHh4\n'))
try:
    base64.b64encode('text')
except TypeError as e:
    print(e)
try:
    base64.b64decode('é')
except ValueError as e:
    print(e)
print(binascii.a2b_base64(b'YWJj'), binascii.b2a_base64(b'abc', newline=False), binascii.hexlify(b'\x01\x02', b':'))
