"""binascii for pyseal: conversions between binary data and ASCII encodings."""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "hexlify", "unhexlify",
           "b2a_hex", "a2b_hex", "crc32", "crc_hqx"]

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
