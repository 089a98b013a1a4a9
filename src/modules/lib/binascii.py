"""binascii for pyseal: conversions between binary data and ASCII encodings."""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "hexlify", "unhexlify",
           "b2a_hex", "a2b_hex", "crc32", "crc_hqx", "a2b_qp", "b2a_qp"]

import _binary
import _zlib


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _ascii_data(data):
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    try:
        return bytes(data)
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def _binary_data(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def a2b_base64(data, *, strict_mode=False):
    """Decodes Base64 data; without strict_mode, non-alphabet characters are skipped and
    anything after complete padding is ignored."""
    decoded = _binary.b64_decode(_ascii_data(data), strict_mode)
    if isinstance(decoded, str):
        raise Error(decoded)
    return decoded


def b2a_base64(data, *, newline=True):
    encoded = _binary.b64_encode(_binary_data(data))
    return encoded + b"\n" if newline else encoded


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _binary_data(data)
    if sep is None:
        return data.hex().encode("ascii")
    if isinstance(sep, str):
        sep = sep.encode("ascii")
    return data.hex(sep.decode("ascii"), bytes_per_sep).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(data.decode("ascii"))
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


a2b_hex = unhexlify


def crc32(data, value=0):
    """The CRC-32 of data, continuing from value."""
    return _zlib.crc32(_binary_data(data), value)


def crc_hqx(data, value):
    """The CRC-CCITT (XModem) of data, continuing from value."""
    data = _binary_data(data)
    crc = value & 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


_QP_LINE = 76
_HEXDIGITS = b'0123456789ABCDEF'


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """data in quoted-printable form: lines of at most 76 characters (soft breaks '=' at
    the end), unsafe bytes as =XX, and with header=True spaces as '_'."""
    data = _binary_data(data)
    first_nl = data.find(b'\n')
    newline = b'\r\n' if first_nl > 0 and data[first_nl - 1] == 13 else b'\n'
    out = bytearray()
    column = 0
    n = len(data)
    i = 0
    while i < n:
        c = data[i]
        last = i + 1 == n
        following = data[i + 1] if not last else None
        at_line_end = last or following in (10, 13, 0)
        if (c > 126 or c == 61 or (header and c == 95) or
                (c == 46 and column == 0 and at_line_end) or
                (not istext and c in (13, 10)) or
                (c in (9, 32) and last) or
                (c < 33 and c not in (13, 10) and (quotetabs or c not in (9, 32)))):
            if column + 3 >= _QP_LINE:
                out += b'=' + newline
                column = 0
            out += b'=' + bytes((_HEXDIGITS[c >> 4], _HEXDIGITS[c & 15]))
            column += 3
            i += 1
            continue
        if istext and (c == 10 or (c == 13 and following == 10)):
            column = 0
            # whitespace must not end a line: the last space or tab becomes =20 or =09
            if out and out[-1] in (9, 32):
                ws = out[-1]
                out[-1:] = b'=' + bytes((_HEXDIGITS[ws >> 4], _HEXDIGITS[ws & 15]))
            out += newline
            i += 2 if c == 13 else 1
            continue
        if not last and following != 10 and column + 1 >= _QP_LINE:
            out += b'=' + newline
            column = 0
        column += 1
        out.append(95 if header and c == 32 else c)
        i += 1
    return bytes(out)


def a2b_qp(data, header=False):
    """The bytes of quoted-printable data (soft line breaks removed, =XX decoded)."""
    data = _ascii_data(data)
    out = bytearray()
    n = len(data)
    i = 0
    hexdigits = b'0123456789abcdefABCDEF'
    while i < n:
        c = data[i]
        if c == 61:
            if i + 1 >= n:
                break
            nxt = data[i + 1]
            if nxt == 10 or (nxt == 13 and i + 2 < n and data[i + 2] == 10):
                i += 2 if nxt == 10 else 3
                continue
            if nxt == 13 and i + 2 >= n:
                i += 2
                continue
            if nxt == 61:
                out.append(61)
                i += 2
                continue
            if i + 2 < n and nxt in hexdigits and data[i + 2] in hexdigits:
                out.append(int(data[i + 1:i + 3], 16))
                i += 3
                continue
            out.append(61)
            i += 1
        elif header and c == 95:
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)
