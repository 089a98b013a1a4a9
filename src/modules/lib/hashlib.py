"""hashlib for pyseal: MD5, SHA-1 and the SHA-2 family.

A hash object keeps the bytes fed to it; digest() hashes them all (natively).
"""

import _binary

__all__ = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_guaranteed", "algorithms_available", "file_digest"]

_SIZES = {"md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64),
          "sha384": (48, 128), "sha512": (64, 128)}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


class _Hash:
    """A running message digest."""

    def __init__(self, name, data=b""):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._data = bytearray()
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        try:
            self._data += data
        except TypeError:
            raise TypeError("object supporting the buffer API required") from None

    def digest(self):
        return _binary.digest(self.name, bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = _Hash(self.name)
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return "<%s _hashlib.HASH object @ 0x%x>" % (self.name, id(self))


_Hash.__tp_name__ = "_hashlib.HASH"


def new(name, data=b"", **kwargs):
    """A hash object for the named algorithm."""
    key = name.lower().replace("-", "") if isinstance(name, str) else name
    if key not in _SIZES:
        raise ValueError("unsupported hash type " + str(name))
    return _Hash(key, data)


def _constructor(name):
    def make(data=b"", *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        return _Hash(name, data)
    make.__name__ = "openssl_" + name
    make.__qualname__ = make.__name__
    return make


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """The digest of a binary file object's remaining content."""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
