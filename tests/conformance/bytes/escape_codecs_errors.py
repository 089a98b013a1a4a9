# unicode_escape / raw_unicode_escape: encoding every kind of character, decoding each escape
# form, and malformed escapes under every built-in errors= handler.
import codecs

text = 'tab\there\nnew\\slash \'q\' "dq" \x00\x07\x7f\x80\xe9\xff\u0100\u20ac\U0001f600\U0010ffff'
for codec in ['unicode_escape', 'raw_unicode_escape']:
    data = text.encode(codec)
    print(codec, data)
    print(' round trip:', data.decode(codec) == text)

good = [b'a\\x41\\u1234\\N{BULLET}\\\nb', b'\\a\\b\\f\\n\\r\\t\\v\\\\\\\'\\"', b'\\0\\12\\101\\1011',
        b'\\N{LATIN SMALL LETTER E WITH ACUTE}', b'\\N{bullet}', b'\\N{CJK UNIFIED IDEOGRAPH-4E00}',
        b'\\U0001F600\\u00e9', b'\xff\\x41', b'\\q\\z', b'\\\\u0041', b'\\\\\\u0041',
        b'\\\\\\\\u0041']
for data in good:
    print(data, ascii(data.decode('unicode_escape')), ascii(data.decode('raw_unicode_escape')))

malformed = [b'\\N', b'\\Nx', b'\\N{', b'\\N{BULLET', b'\\N{}', b'a\\N{NOPE}b', b'\\x4',
             b'\\x4g', b'\\u12', b'\\U0011ffff', b'\\U00110000x', b'\\', b'ab\\', b'\\u12\\x4',
             b'ok\\xZZ then \\u00e9']
for data in malformed:
    for codec in ['unicode_escape', 'raw_unicode_escape']:
        for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
            try:
                r = ascii(data.decode(codec, errors))
            except UnicodeDecodeError as e:
                r = f'{e} [{e.start}:{e.end}]'
            print(data, codec, errors, r)

print(codecs.unicode_escape_decode(b'a\\x41'), codecs.unicode_escape_encode('\t\xe9'))
print(codecs.raw_unicode_escape_decode(b'a\\u0041'), codecs.raw_unicode_escape_encode('\t\u20ac'))
print(codecs.decode(b'\\u20ac', 'unicode-escape'), codecs.encode('\u20ac', 'raw_unicode_escape'))
