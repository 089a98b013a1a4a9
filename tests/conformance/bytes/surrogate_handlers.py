# Lone surrogates through the surrogateescape and surrogatepass error handlers:
# undecodable bytes survive a decode/encode round trip, and UTF codecs pass surrogates.
import codecs

raw_names = [b'report.txt', b'caf\xc3\xa9.md', b'bad\xff\xfename.bin', b'\x80\x81\x82',
             b'mixed\xe9t\xe9.txt', b'trunc\xe2\x82']
print('-- round trip through surrogateescape')
for raw in raw_names:
    text = raw.decode('utf-8', 'surrogateescape')
    back = text.encode('utf-8', 'surrogateescape')
    print(ascii(text), len(text), back == raw, repr(text) == ascii(text))

print('-- what the escaped characters look like')
t = b'abc\xff\xfe'.decode('utf-8', 'surrogateescape')
print(repr(t), ascii(t), len(t), ascii(t[3:]), ascii(t[-1]))
print(t.isprintable(), t[:3].isprintable(), t.upper() == 'ABC' + t[3:], ascii(t.upper()))
print(t.startswith('abc'), t.endswith(t[-2:]), t.find(t[4]), t.count(t[3]))
print(ascii(t * 2), ascii(t[::-1]), ascii('-'.join(t)))
d = {t: 1}
print(d[b'abc\xff\xfe'.decode('utf-8', 'surrogateescape')], t == t[:3] + t[3:])
print(ascii(t.replace(t[3], '?')), ascii(t.split(t[4])), ascii(t.center(9, '*')))
print(ascii('%s|%r|%a' % (t, t, t)), ascii(f'{t!r:>20}'), ascii(format(t, '^12')))

print('-- encoding with other handlers')
for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']:
    print(errors, t.encode('utf-8', errors), t.encode('latin-1', errors), t.encode('ascii', errors))
print(t.encode('unicode-escape'), t.encode('raw-unicode-escape'), t.encode('utf-7'))

print('-- strict encoders refuse them')
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be',
            'ascii', 'latin-1', 'cp1252']:
    try:
        t.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e.encoding, e.start, e.end, e.reason)

print('-- surrogatepass')
for enc in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be', 'utf-16', 'utf-32']:
    data = t.encode(enc, 'surrogatepass')
    print(enc, data, data.decode(enc, 'surrogatepass') == t)
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print('  strict:', e)
try:
    t.encode('latin-1', 'surrogatepass')
except UnicodeEncodeError as e:
    print('latin-1 surrogatepass:', e.start, e.end, e.reason)
pair = b'\xed\xa0\xbd\xed\xb8\x80'
print(ascii(pair.decode('utf-8', 'surrogatepass')), len(pair.decode('utf-8', 'surrogatepass')))
print(ascii(b'=\xd8\x00\xde'.decode('utf-16-le', 'surrogatepass')))
print(ascii(b'\x00\xd8x\x00'.decode('utf-16-le', 'surrogatepass')))
print(ascii(b'\\ud800\\udcff \\u00e9'.decode('unicode-escape')))

print('-- surrogateescape when decoding other codecs')
print(ascii(b'plain \x80\x9f ascii'.decode('ascii', 'surrogateescape')))
print(ascii(b'cp \x81\x8d\x80'.decode('cp1252', 'surrogateescape')))
print(ascii(b'\xe2\x82\xac\xe2\x82'.decode('utf-8', 'surrogateescape')))
try:
    b'a\x00b'.decode('utf-16-be', 'surrogateescape')
except UnicodeDecodeError as e:
    print('ascii bytes are never escaped:', e)
mixed = b'x\xe9y'.decode('latin-1') + t[3:]
try:
    mixed.encode('ascii', 'surrogateescape')
except UnicodeEncodeError as e:
    print('only escapes go back:', e)

print('-- the handlers as functions')
h = codecs.lookup_error('surrogateescape')
p = codecs.lookup_error('surrogatepass')
print(h.__name__, p.__name__)
print(ascii(h(UnicodeDecodeError('utf-8', b'ab\xff\xfe\xfd\xfc\xfb', 2, 7, 'bad'))))
print(h(UnicodeEncodeError('ascii', t, 3, 5, 'bad')))
try:
    h(UnicodeDecodeError('utf-8', b'a\x00', 1, 2, 'bad'))
except UnicodeDecodeError as e:
    print('refused:', e)
print(p(UnicodeEncodeError('utf-8', t, 3, 5, 'x')), p(UnicodeEncodeError('utf-16-be', t, 3, 4, 'x')))
print(ascii(p(UnicodeDecodeError('utf-8', b'\xed\xb3\xbfx', 0, 1, 'x'))))
try:
    h(UnicodeTranslateError('abc', 0, 1, 'x'))
except TypeError as e:
    print('TypeError:', e)

print('-- custom handlers see the positions')
codecs.register_error('mark', lambda e: ('<%d:%d>' % (e.start, e.end), e.end))
codecs.register_error('skip2', lambda e: ('?', e.start + 2))
print(b'a\xffb\xfe\xfd'.decode('utf-8', 'mark'))
print(b'a\xffbc\xfe\xfdcd'.decode('ascii', 'skip2'))
print(b'a\xffbc\xfe\xfdcd'.decode('utf-8', 'skip2'))
print(t.encode('ascii', 'mark'))
