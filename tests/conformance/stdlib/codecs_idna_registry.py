# Codecs written in Python: idna and punycode through str.encode / bytes.decode, codecs found
# by a registered search function, and how codec errors are re-raised naming the codec.
import codecs

hosts = ['m\xfcnchen.de', 'M\xdcNCHEN.DE', 'example.com.', 'b\xfccher.example\u3002com', '',
         '\ufb01x.com', 'stra\xdfe.de', '\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444',
         '\u65e5\u672c\u8a9e.jp', 'caf\xe9', 'a\xadb.com', 'ab\u200dc.com', 'xn--abc.com',
         '-ab-.com', 'a..b', '.', 'x' * 64 + '.com', 'x' * 63 + '.com']
for h in hosts:
    try:
        print(ascii(h), h.encode('idna'))
    except UnicodeError as e:
        print(ascii(h), type(e).__name__, e)

for data in [b'xn--mnchen-3ya.de', b'XN--MNCHEN-3YA.DE', b'example.com.', b'xn--e1afmkfd.xn--p1ai',
             b'a..b', b'', b'xn--zz', b'Www.Example.COM', b'xn--wgv71a119e.jp']:
    try:
        print(data, ascii(data.decode('idna')))
    except UnicodeError as e:
        print(data, type(e).__name__, e)

for word in ['m\xfcnchen', 'b\xfccher', 'abc', '', '\xfc', '\u65e5\u672c\u8a9e', 'a\xfcb-c', 'M\xdc',
             '\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f']:
    p = word.encode('punycode')
    print(ascii(word), p, p.decode('punycode') == word)
for data in [b'mnchen-3ya', b'abc-', b'a-bc-', b'99', b'-', b'egbpdaj6bu4bxfgehfvwxn']:
    try:
        print(data, ascii(data.decode('punycode')))
    except UnicodeError as e:
        print(data, type(e).__name__, e)
print(codecs.lookup('idna').name, codecs.lookup('punycode').name)
print(codecs.encode('m\xfcnchen', 'punycode'), codecs.decode(b'xn--bcher-kva.ch', 'idna'))


class ConfigError(Exception):
    pass


def search(name):
    if name == 'shout':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)),
                                name='shout')
    if name == 'boom':
        def enc(s, errors='strict'):
            raise ValueError('bad thing')

        def dec(b, errors='strict'):
            raise ConfigError('no config')
        return codecs.CodecInfo(enc, dec, name='boom')
    if name == 'strict_unicode':
        def enc(s, errors='strict'):
            raise UnicodeEncodeError('strict_unicode', s, 0, 1, 'nope')
        return codecs.CodecInfo(enc, enc, name='strict_unicode')
    if name == 'wrong_types':
        return codecs.CodecInfo(lambda s, errors='strict': ('text', 1),
                                lambda b, errors='strict': (b'bytes', 1), name='wrong_types')
    return None


codecs.register(search)
print('hello'.encode('shout'), b'HELLO'.decode('shout'), codecs.encode('abc', 'shout'))
tries = [lambda: 'x'.encode('boom'), lambda: 'x'.encode('BOOM'), lambda: b'x'.decode('boom'),
         lambda: codecs.encode('x', 'boom'), lambda: 'x'.encode('strict_unicode'),
         lambda: 'x'.encode('wrong_types'), lambda: b'x'.decode('wrong_types'),
         lambda: codecs.encode('x', 'wrong_types'), lambda: 'x'.encode('hex'),
         lambda: b'x'.decode('base64'), lambda: 'x'.encode('no-such-codec'),
         lambda: b'x'.decode('no-such-codec'), lambda: 'a..b'.encode('IDNA')]
for t in tries:
    try:
        print(t())
    except Exception as e:
        cause = e.__cause__
        print(type(e).__name__, '|', e, '|', type(cause).__name__, cause)
