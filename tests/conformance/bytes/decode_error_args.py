# UnicodeDecodeError raised by bytes.decode carries CPython's five arguments (encoding,
# object, start, end, reason), so repr(e), e.start and e.reason match; the error handlers
# recover the same text.
for data, enc in [(b'\xff', 'utf-8'), (b'ab\xe4\xb8x', 'utf-8'), (b'abc\xe4\xb8', 'utf-8'), (b'\x80abc', 'ascii'), (b'\x81', 'cp1252'), (b'\xc3\x28', 'utf-8'), (b'\xed\xa0\x80', 'utf-8'), (b'\xf0\x9f\x98', 'utf-8'), (b'ok\xffok\xfe', 'utf-8')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(str(e), "|", repr(e), e.start, e.end, e.reason, e.encoding)
    for err in ['replace', 'ignore', 'backslashreplace']:
        print(repr(data.decode(enc, err)))
try:
    str(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(repr(e))
b'caf\xe9'.decode()
