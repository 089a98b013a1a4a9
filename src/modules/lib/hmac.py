"""hmac for pyseal: keyed message authentication (RFC 2104) over hashlib's digests."""

import hashlib as _hashlib

__all__ = ['new', 'compare_digest', 'digest', 'HMAC']

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None


def _constructor(digestmod):
    if digestmod is None:
        raise TypeError("Missing required parameter 'digestmod'.")
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """An HMAC object: update() with the message, then digest() or hexdigest()."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f'key: expected bytes or bytearray, but got '
                            f'{type(key).__name__!r}')
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._make = make
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        size = getattr(self._inner, 'block_size', 64)
        self.block_size = size = size if size >= 16 else self.blocksize
        # the key is hashed when longer than a block, then zero-padded to exactly one
        secret = bytes(key)
        if len(secret) > size:
            secret = make(secret).digest()
        secret = secret.ljust(size, b'\0')
        self._inner.update(secret.translate(trans_36))
        self._outer.update(secret.translate(trans_5C))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other._make = self._make
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()


def _as_bytes(value):
    # the bytes of a bytes-like object, or None
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, str):
        return None
    try:
        return bytes(memoryview(value))
    except TypeError:
        return None


def compare_digest(a, b):
    """a == b, taking as long whatever the contents (for comparing secrets)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        left, right = a.encode('ascii'), b.encode('ascii')
    else:
        left, right = _as_bytes(a), _as_bytes(b)
        if left is None and right is None:
            raise TypeError(f"unsupported operand types(s) or combination of types: "
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
        if left is None or right is None:
            odd = a if left is None else b
            raise TypeError(f"a bytes-like object is required, not '{type(odd).__name__}'")
    # every byte is looked at, whether or not an earlier one differed
    result = len(left) ^ len(right)
    for x, y in zip(left, right if len(left) == len(right) else left):
        result |= x ^ y
    return result == 0
