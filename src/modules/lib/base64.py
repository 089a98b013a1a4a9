"""base64 for pyseal: Base16, Base32, Base64 (standard and URL-safe) and Ascii85/Base85."""

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
           "b85encode", "b85decode", "a85encode", "a85decode", "standard_b64encode",
           "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return bytes(memoryview(s))
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % s.__class__.__name__) from None


def _check_bytes(s):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(s, (bytes, bytearray)):
        try:
            return bytes(memoryview(s))
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(s).__name__) from None
    return bytes(s)


def b64encode(s, altchars=None):
    """Base64-encodes bytes; altchars replaces '+' and '/'."""
    encoded = binascii.b2a_base64(_check_bytes(s), newline=False)
    if altchars is not None:
        altchars = _check_bytes(altchars)
        assert len(altchars) == 2, repr(altchars)
        encoded = encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decodes Base64; without validate, characters outside the alphabet are dropped."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b"+/", b"-_"))


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = s.translate(bytes.maketrans(b"-_", b"+/"))
    return b64decode(s)


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(alphabet, s):
    data = _check_bytes(s)
    out = bytearray()
    for i in range(0, len(data), 5):
        chunk = data[i:i + 5]
        n = int.from_bytes(chunk + b"\0" * (5 - len(chunk)), "big")
        group = bytes(alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8))
        keep = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out += group[:keep] + b"=" * (8 - keep)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    padchars = len(s) - len(stripped)
    index = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        group = stripped[i:i + 8]
        n = 0
        for c in group:
            if c not in index:
                raise binascii.Error("Non-base32 digit found")
            n = (n << 5) | index[c]
        n <<= 5 * (8 - len(group))
        out += n.to_bytes(5, "big")
    if padchars:
        if padchars not in (1, 3, 4, 6):
            raise binascii.Error("Incorrect padding")
        out = out[:len(out) - {1: 1, 3: 2, 4: 3, 6: 4}[padchars]]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    return _check_bytes(s).hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b"0123456789ABCDEF" for c in s):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


_A85_START = b"<~"
_A85_END = b"~>"


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    data = _check_bytes(b)
    padding = (-len(data)) % 4
    if pad or padding == 0:
        data_p = data + b"\0" * padding
    else:
        data_p = data + b"\0" * padding
    out = bytearray()
    for i in range(0, len(data_p), 4):
        n = int.from_bytes(data_p[i:i + 4], "big")
        if n == 0 and i + 4 <= len(data_p) and not (i + 4 > len(data) and not pad):
            out += b"z"
            continue
        if foldspaces and n == 0x20202020:
            out += b"y"
            continue
        digits = []
        for _ in range(5):
            digits.append(33 + n % 85)
            n //= 85
        out += bytes(reversed(digits))
    if padding and not pad:
        if out.endswith(b"z"):
            out = out[:-1] + b"!!!!!"
        out = out[:len(out) - padding]
    result = bytes(out)
    if wrapcol and result:
        width = max(2 if adobe else 1, wrapcol)
        result = b"\n".join(result[i:i + width] for i in range(0, len(result), width))
    if adobe:
        result = _A85_START + result + _A85_END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    data = _bytes_from_decode_data(b)
    if adobe:
        if not data.endswith(_A85_END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(
                _A85_END))
        data = data[2:-2] if data.startswith(_A85_START) else data[:-2]
    out = bytearray()
    group = []
    for c in data:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                n = 0
                for d in group:
                    n = n * 85 + (d - 33)
                if n > 0xFFFFFFFF:
                    raise ValueError("Ascii85 overflow")
                out += n.to_bytes(4, "big")
                group = []
        elif c == 122:  # z
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out += b"\0\0\0\0"
        elif foldspaces and c == 121:  # y
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out += b"    "
        elif c in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % c)
    if group:
        padding = 5 - len(group)
        group += [117] * padding
        n = 0
        for d in group:
            n = n * 85 + (d - 33)
        out += n.to_bytes(4, "big")[:4 - padding]
    return bytes(out)


_B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def b85encode(b, pad=False):
    data = _check_bytes(b)
    padding = (-len(data)) % 4
    data_p = data + b"\0" * padding
    out = bytearray()
    for i in range(0, len(data_p), 4):
        n = int.from_bytes(data_p[i:i + 4], "big")
        digits = []
        for _ in range(5):
            digits.append(_B85[n % 85])
            n //= 85
        out += bytes(reversed(digits))
    if padding and not pad:
        out = out[:len(out) - padding]
    return bytes(out)


def b85decode(b):
    data = _bytes_from_decode_data(b)
    index = {c: i for i, c in enumerate(_B85)}
    padding = (-len(data)) % 5
    data = data + b"~" * padding
    out = bytearray()
    for i in range(0, len(data), 5):
        n = 0
        for j, c in enumerate(data[i:i + 5]):
            if c not in index:
                raise ValueError("bad base85 character at position %d" % (i + j))
            n = n * 85 + index[c]
        if n > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i)
        out += n.to_bytes(4, "big")
    if padding:
        out = out[:-padding]
    return bytes(out)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Base64 in lines of 76 characters, each ending with a newline."""
    data = _check_bytes(s)
    pieces = []
    for i in range(0, len(data), MAXBINSIZE):
        pieces.append(b64encode(data[i:i + MAXBINSIZE]) + b"\n")
    return b"".join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(_check_bytes(s))


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        output.write(b64encode(s) + b"\n")


def decode(input, output):
    output.write(decodebytes(input.read()))
