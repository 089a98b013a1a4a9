"""quopri for pyseal: quoted-printable encoding (RFC 1521), on binascii's b2a_qp/a2b_qp."""

from binascii import a2b_qp, b2a_qp

__all__ = ['encode', 'decode', 'encodestring', 'decodestring']

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''


def needsquoting(c, quotetabs, header):
    """Whether the byte c (a bytes of length 1) must be written as =XX."""
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """The =XX form of the byte c."""
    n = ord(c)
    return ESCAPE + bytes((HEX[n // 16], HEX[n % 16]))


def ishex(c):
    return b'0' <= c <= b'9' or b'a' <= c <= b'f' or b'A' <= c <= b'F'


def unhex(s):
    return int(s, 16)


def encode(input, output, quotetabs, header=False):
    """Encodes the binary file input into the binary file output."""
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Decodes the binary file input into the binary file output."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return a2b_qp(s, header=header)
