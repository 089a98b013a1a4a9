import base64, binascii, codecs
data = bytes(range(0, 256, 7))
print(data, len(data), data.hex(), data.hex(':', 4), data.hex('-', -3), bytes.fromhex('de ad  BE ef'))
pkt = b'GET /index.html HTTP/1.1\r\nHost: example.com\r\nX-Len: 42\r\n\r\nbody\x00\xff'
head, _, body = pkt.partition(b'\r\n\r\n')
lines = head.split(b'\r\n')
print(lines[0].split(), dict(l.split(b': ', 1) for l in lines[1:]), body)
print(pkt.count(b'\r\n'), pkt.find(b'Host'), pkt.rfind(b'\r\n'), pkt.index(b'X'), pkt.startswith((b'GET', b'POST')))
print(b'  pad  '.strip(), b'xxabcxx'.strip(b'x'), b'a,b,,c'.split(b','), b'a b  c'.split(), b'a\nb\r\nc'.splitlines(True))
print(b'hello'.upper(), b'Hello World'.swapcase(), b'hello world'.title(), b'abc'.center(9, b'*'), b'42'.zfill(5))
print(b'abc'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b' \t'.isspace(), b'ABC'.isupper(), b'\xe9'.isalpha())
print(b'abc'.replace(b'b', b'BB'), b'-'.join([b'a', b'b', bytearray(b'c')]), b'abc'[1], b'abc'[1:], b'abc'[::-1], list(b'hi'))
print(b'tab\there'.expandtabs(4), b'abcabc'.translate(bytes.maketrans(b'abc', b'xyz'), b'b'), b'abc'.translate(None, b'a'))
ba = bytearray(b'hello world')
ba[0] = ord('H'); ba[6:11] = b'WORLD!!'; ba.extend(b'??'); ba.append(33); ba.insert(0, 62)
print(ba, len(ba), ba.pop(), ba.pop(0), ba.remove(ord('?')) or ba, ba.reverse() or ba, ba.find(b'OW'))
del ba[2:5]
ba += b'xyz'
ba *= 2
print(ba, bytes(ba), ba.decode('ascii'), ba.count(b'x'), bytearray(5), bytearray([1, 2, 3]) + b'\x04')
mv = memoryview(b'abcdefgh')
print(mv[2], mv[1:4].tobytes(), bytes(mv[::2]), mv.nbytes, mv.readonly, mv.format, mv.itemsize, mv.tolist()[:3])
mb = memoryview(bytearray(b'0123456789'))
mb[0:3] = b'ABC'
print(mb.obj, mb[-1], len(mb), mb.hex())
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), (1024).to_bytes(4, 'big'), (-2).to_bytes(2, 'little', signed=True))
print(int.from_bytes(b'\xff\xfe', 'big', signed=True), (255).to_bytes(1, 'big'), bytes(3), bytes([65, 66]), bytes('é', 'utf-8'))
for s in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(250, 256))]:
    e = base64.b64encode(s)
    print(e, base64.b64decode(e) == s, base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b16encode(s), base64.a85encode(s), base64.b85encode(s))
print(base64.b64decode('aGVsbG8gd29ybGQ='), base64.b64decode(b'aGVs\nbG8='), base64.standard_b64decode('YQ=='), base64.encodebytes(b'x' * 60))
try:
    base64.b64decode('abc')
except binascii.Error as e:
    print('binascii.Error', e)
try:
    base64.b64decode('ab!c', validate=True)
except binascii.Error as e:
    print('binascii.Error', e)
print(binascii.hexlify(b'\x01\xab'), binascii.unhexlify('01ab'), binascii.crc32(b'hello'), binascii.b2a_hex(b'xy', b'-'), hex(binascii.crc_hqx(b'abc', 0)))
print(codecs.encode('hello', 'rot13'), codecs.decode(b'68656c6c6f', 'hex'), codecs.encode(b'hi', 'base64'), codecs.lookup('UTF8').name, codecs.lookup('latin_1').name)
dec = codecs.getincrementaldecoder('utf-8')()
out = [dec.decode(bytes([b])) for b in 'héllo €'.encode()]
print(out, dec.decode(b'', final=True))
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('ab'), enc.encode('c'))
print(list(codecs.iterdecode([b'\xe2\x82', b'\xac!'], 'utf-8')), codecs.BOM_UTF8, codecs.utf_8_decode(b'\xc3\xa9x'))
for enc in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32-le', 'latin-1', 'cp1252', 'cp437', 'mac_roman', 'koi8_r', 'iso8859_15', 'utf-7', 'idna']:
    try:
        b = 'Ünïcödé €'.encode(enc)
        print(enc, b, b.decode(enc))
    except UnicodeError as e:
        print(enc, type(e).__name__, e)
for raw, enc in [(b'\xff\xfe', 'utf-8'), (b'\xc3', 'utf-8'), (b'a\xe9b', 'ascii'), (b'\x81', 'cp1252'), (b'\xff', 'utf-16')]:
    try:
        raw.decode(enc)
    except UnicodeDecodeError as e:
        print(e, '|', e.start, e.end, e.reason, e.object)
    print(raw.decode(enc, 'replace'), raw.decode(enc, 'ignore'), raw.decode(enc, 'backslashreplace'))
print('a€b'.encode('ascii', 'xmlcharrefreplace'), 'a€b'.encode('latin-1', 'namereplace'), 'a€\U0001f600'.encode('ascii', 'backslashreplace'))
