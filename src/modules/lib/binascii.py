"""binascii for pyseal: conversions between binary data and ASCII encodings."""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "hexlify", "unhexlify",
           "b2a_hex", "a2b_hex", "crc32", "crc_hqx"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_INDEX = {c: i for i, c in enumerate(_B64)}


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
    data = _ascii_data(data)
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    count = 0
    for i, c in enumerate(data):
        if c == 61:  # '='
            padding_started = True
            if strict_mode and quad_pos == 0:
                raise Error("Excess padding not allowed" if i else "Leading padding not allowed")
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                if strict_mode and i + 1 < len(data):
                    raise Error("Excess data after padding")
                return bytes(out)
            continue
        value = _B64_INDEX.get(c)
        if value is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        count += 1
        if quad_pos == 0:
            left = value
            quad_pos = 1
        elif quad_pos == 1:
            out.append(((left << 2) | (value >> 4)) & 0xFF)
            left = value & 0x0F
            quad_pos = 2
        elif quad_pos == 2:
            out.append(((left << 4) | (value >> 2)) & 0xFF)
            left = value & 0x03
            quad_pos = 3
        else:
            out.append(((left << 6) | value) & 0xFF)
            quad_pos = 0
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot "
                    "be 1 more than a multiple of 4" % count)
    if quad_pos:
        raise Error("Incorrect padding")
    return bytes(out)


def b2a_base64(data, *, newline=True):
    data = _binary_data(data)
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        quad = bytes(_B64[(n >> s) & 63] for s in (18, 12, 6, 0))
        keep = len(chunk) + 1
        out += quad[:keep] + b"=" * (4 - keep)
    if newline:
        out += b"\n"
    return bytes(out)


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


_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC_TABLE.append(_c)
del _n, _c


def crc32(data, value=0):
    """The CRC-32 of data, continuing from value."""
    data = _binary_data(data)
    crc = (value & 0xFFFFFFFF) ^ 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc_hqx(data, value):
    """The CRC-CCITT (XModem) of data, continuing from value."""
    data = _binary_data(data)
    crc = value & 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
