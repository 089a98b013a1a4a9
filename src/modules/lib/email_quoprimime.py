"""email.quoprimime for pyseal: quoted-printable for message bodies and headers, on str."""

import re

__all__ = ['body_decode', 'body_encode', 'body_length', 'decode', 'decodestring',
           'header_decode', 'header_encode', 'header_length', 'quote', 'unquote']

NL = '\n'
EMPTYSTRING = ''

_BODY_LITERAL = frozenset(chr(c) for c in range(33, 127) if c != 61) | {' ', '\t'}
_HEADER_LITERAL = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                            '0123456789-!*+/')


def quote(c):
    return '=%02X' % ord(c)


def unquote(s):
    return chr(int(s[1:3], 16))


def header_check(octet):
    return chr(octet) not in _HEADER_LITERAL


def body_check(octet):
    return chr(octet) not in _BODY_LITERAL


def header_length(bytearray):
    return sum(1 if chr(b) in _HEADER_LITERAL or b == 32 else 3 for b in bytearray)


def body_length(bytearray):
    return sum(1 if chr(b) in _BODY_LITERAL else 3 for b in bytearray)


def header_encode(header_bytes, charset='iso-8859-1'):
    if not header_bytes:
        return ''
    encoded = ''.join('_' if b == 32 else chr(b) if chr(b) in _HEADER_LITERAL else
                      '=%02X' % b for b in header_bytes)
    return f'=?{charset}?q?{encoded}?='


def body_encode(body, maxlinelen=76, eol=NL):
    """body (a str of code points below 256) in quoted-printable, lines at most maxlinelen
    characters long; an escape is never split by a soft line break."""
    if maxlinelen < 4:
        raise ValueError('maxlinelen must be at least 4')
    if not body:
        return body
    out = []
    for line in body.splitlines():
        enc = ''.join(c if c in _BODY_LITERAL or c in '\r\n' else quote(c) for c in line)
        pos = 0
        while len(enc) - pos > maxlinelen:
            end = pos + maxlinelen - 1
            if enc[end - 2] == '=':
                cut = end - 2
            elif enc[end - 1] == '=':
                cut = end - 1
            else:
                cut = end
            out.append(enc[pos:cut] + '=')
            pos = cut
        tail = enc[pos:]
        if tail and tail[-1] in ' \t':
            # whitespace may not end a line: quote it, or hide it behind a soft break
            room = maxlinelen + 1 - len(tail)
            if room >= 3:
                tail = tail[:-1] + quote(tail[-1])
            elif room == 2:
                tail = tail + '=' + eol
            else:
                tail = tail[:-1] + '=' + eol + quote(tail[-1])
        out.append(tail)
    if body[-1] in '\r\n':
        out.append('')
    return eol.join(out)


def decode(encoded, eol=NL):
    """The text of a quoted-printable body (soft breaks joined, escapes decoded)."""
    if not encoded:
        return encoded
    decoded = []
    lines = encoded.splitlines()
    for index, line in enumerate(lines):
        line = line.rstrip()
        soft = line.endswith('=')
        if soft:
            line = line[:-1]
        decoded.append(re.sub('=([a-fA-F0-9]{2})', lambda m: unquote(m.group()), line))
        if not soft and (index < len(lines) - 1 or encoded[-1] in '\r\n'):
            decoded.append(eol)
    return ''.join(decoded)


body_decode = decode
decodestring = decode


def header_decode(s):
    s = s.replace('_', ' ')
    return re.sub(r'=[a-fA-F0-9]{2}', lambda m: unquote(m.group()), s, flags=re.ASCII)
