# The utf-7 codec: direct and shifted characters, shift-sequence termination, and every
# decoding error with each built-in errors= handler.
import codecs

samples = ['Hi Mom -\u263a-!', 'A\u2262\u0391.', '\u65e5\u672c\u8a9e', '~+-', 'hello world+',
           'a+b', '', '\x00', 'a\x7fb', '\\', '+', '++', 'a+', '\xe9-', '\xe9/', '\xe9a',
           '\xe9!', '\xe9 ', '\xe9\n', '\U0001f600', '"#$%&*;<=>@[]^_`{|}', "'(),-./:?",
           '\t\r\n ', '\xe9+', '\xe9\xe9', '\xe9\xe9\xe9', 'ab\x01cd', 'a\U0001f600b\U0001f600\U0001f600',
           'price: 5\u20ac (approx.)', 'caf\xe9 cr\xe8me br\xfbl\xe9e']
for s in samples:
    data = s.encode('utf-7')
    back = data.decode('utf-7')
    print(ascii(s), data, back == s)

bad = [b'+AG-', b'+AGE-x', b'+AGEA-', b'+AGEAY-', b'+!x', b'a\x80b', b'+AGEAYgBj',
       b'+2D3cAQ', b'+2D3-', b'+2D3cAQ-', b'x+AG', b'+AGF-', b'+AGE+AGE-', b'++', b'+/v8-',
       b'+AGE\x80', b'+-+-', b'+AOkA6QDp-', b'plain ascii', b'a+b']
for data in bad:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            r = ascii(data.decode('utf-7', errors))
        except UnicodeDecodeError as e:
            r = f'{type(e).__name__}: {e} [{e.encoding} {e.start}:{e.end} {e.reason}]'
        print(data, errors, r)

for name in ['utf7', 'UTF-7', 'u7', 'unicode-1-1-utf-7', 'utf_7']:
    print(name, codecs.lookup(name).name, 'x\xe9'.encode(name))
print(codecs.encode('h\xe9llo', 'utf-7'), codecs.decode(b'h+AOk-llo', 'utf_7'))
print(codecs.utf_7_encode('h\xe9'), codecs.utf_7_decode(b'h+AOk-', 'strict', True))
print(bytearray(b'+AGE-').decode('utf-7'), memoryview(b'+AGI-').tobytes().decode('utf7'))
