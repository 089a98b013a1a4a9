# The codecs module's per-codec functions: (result, length consumed), and the stateful
# decoders keeping an incomplete tail back unless final is true.
import codecs

print(codecs.utf_8_encode('h\xe9llo \u20ac'), codecs.utf_8_decode(b'h\xc3\xa9llo'))
for data in [b'a\xc3', b'a\xe2\x82', b'a\xe2\x82\xac', b'\xf0\x9f\x98', b'\xf0\x9f\x98\x80', b'abc']:
    print(data, codecs.utf_8_decode(data), codecs.utf_8_decode(data, 'replace', True))
try:
    codecs.utf_8_decode(b'a\xc3', 'strict', True)
except UnicodeDecodeError as e:
    print('final:', e)

print(codecs.utf_16_decode(b'\xff\xfea\x00b', 'strict', False))
print(codecs.utf_16_decode(b'\xff\xfea\x00', 'strict', True))
print(codecs.utf_16_be_decode(b'\x00a\xd8\x3d', 'strict', False))
print(codecs.utf_16_le_decode(b'a\x00=\xd8\x01\xde'), codecs.utf_16_le_decode(b'a\x00=\xd8'))
print(codecs.utf_16_encode('hi'), codecs.utf_16_le_encode('hi'), codecs.utf_16_be_encode('hi'))
print(codecs.utf_32_decode(b'\xff\xfe\x00\x00a\x00\x00\x00b\x00'))
print(codecs.utf_32_le_decode(b'a\x00\x00\x00b'), codecs.utf_32_be_decode(b'\x00\x00\x00a'))
print(codecs.utf_32_encode('A'), codecs.utf_32_le_encode('A'), codecs.utf_32_be_encode('A'))
print(codecs.latin_1_encode('caf\xe9'), codecs.latin_1_decode(b'caf\xe9'))
print(codecs.ascii_encode('abc'), codecs.ascii_decode(b'abc'))
print(codecs.ascii_encode('caf\xe9', 'replace'), codecs.ascii_decode(b'caf\xe9', 'ignore'))
print(codecs.unicode_escape_decode(b'a\\tb'), codecs.raw_unicode_escape_encode('a\u20ac'))

decoder = codecs.getincrementaldecoder('utf-8')()
pieces = [b'caf', b'\xc3', b'\xa9 ', b'\xe2\x82', b'\xac', b'!']
print([decoder.decode(p) for p in pieces], repr(decoder.decode(b'', True)))
print(list(codecs.iterdecode([b'\xe6\x97', b'\xa5\xe6\x9c\xac'], 'utf-8')))
print(list(codecs.iterencode(['a', '\xe9', 'b'], 'utf-7')))
