"""json.encoder for pyseal: the encoder names of CPython's json.encoder module."""

from json import JSONEncoder, _native_encode

INFINITY = float("inf")


def _check_str(s):
    if not isinstance(s, str):
        raise TypeError(f"first argument must be a string, not {type(s).__name__}")


def encode_basestring(s):
    """The JSON string literal of `s`, with only the characters JSON requires escaped."""
    _check_str(s)
    return _native_encode(s, False, False, False, True, False, None, ", ", ": ", None)


def encode_basestring_ascii(s):
    """The JSON string literal of `s`, with every non-ASCII character escaped."""
    _check_str(s)
    return _native_encode(s, False, True, False, True, False, None, ", ", ": ", None)
