import codecs
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-16-le']:
    e = codecs.getincrementalencoder(enc)()
    pieces = [e.encode(p) for p in ['hé', '', 'l😀', 'o']] + [e.encode('', final=True)]
    blob = b''.join(pieces)
    print(enc, pieces)
    for size in [1, 2, 3, 5]:
        d = codecs.getincrementaldecoder(enc)()
        out = [d.decode(blob[i:i + size]) for i in range(0, len(blob), size)]
        out.append(d.decode(b'', final=True))
        print(' ', size, out)
    e.reset()
    print(' reset', e.encode('x'))
    print(list(codecs.iterencode(['a', 'b'], enc)), ''.join(codecs.iterdecode([blob[:3], blob[3:]], enc)))
d = codecs.getincrementaldecoder('utf-16')()
print(repr(d.decode(b'\xfe')), repr(d.decode(b'\xff\x00')), repr(d.decode(b'a')))
try:
    d.decode(b'\x00', final=True)
except UnicodeDecodeError as e:
    print('ERR', e)
d = codecs.getincrementaldecoder('utf-8')()
try:
    print(d.decode(b'\xe2\x82'), d.decode(b'', final=True))
except UnicodeDecodeError as e:
    print('ERR', e)
