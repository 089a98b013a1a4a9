"""hashlib for pyseal: MD5, SHA-1, the SHA-2 and SHA-3 families, SHAKE, BLAKE2, PBKDF2.

A hash object keeps the bytes fed to it; digest() hashes them all (natively).
"""

import _binary

__all__ = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
           "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "new",
           "algorithms_guaranteed", "algorithms_available", "file_digest", "pbkdf2_hmac"]

# OpenSSL's names (looked up in any case by new()), then the SHA-3 ones.
_OPENSSL = {"md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64),
            "sha384": (48, 128), "sha512": (64, 128)}
_SIZES = dict(_OPENSSL, sha3_224=(28, 144), sha3_256=(32, 136), sha3_384=(48, 104),
              sha3_512=(64, 72))

algorithms_guaranteed = frozenset(list(_SIZES) + ["blake2b", "blake2s", "shake_128",
                                                  "shake_256"])
algorithms_available = algorithms_guaranteed


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


def _check_data(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")


class _ShakeHash:
    """A running SHAKE digest: digest(length) and hexdigest(length) take the output size."""

    digest_size = 0

    def __init__(self, name, data=b""):
        self.name = name
        self._bits = 128 if name == "shake_128" else 256
        self.block_size = 200 - self._bits // 4
        self._data = bytearray()
        if data:
            self.update(data)

    update = _Hash.update

    def digest(self, length):
        return _binary.shake(self._bits, bytes(self._data), length)

    def hexdigest(self, length):
        return self.digest(length).hex()

    def copy(self):
        other = _ShakeHash(self.name)
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return "<%s _hashlib.HASHXOF object @ 0x%x>" % (self.name, id(self))


_ShakeHash.__tp_name__ = "_hashlib.HASHXOF"


class _Blake2:
    """A running BLAKE2b or BLAKE2s digest with its parameters."""

    def __init__(self, data=b"", *, digest_size=None, key=b"", salt=b"", person=b"",
                 fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0,
                 last_node=False, usedforsecurity=True):
        max_size = self.MAX_DIGEST_SIZE
        if digest_size is None:
            digest_size = max_size
        if not 1 <= digest_size <= max_size:
            raise ValueError(f"digest_size must be between 1 and {max_size} bytes")
        for what, value, limit in (("key", key, self.MAX_KEY_SIZE),
                                   ("salt", salt, self.SALT_SIZE),
                                   ("personalization", person, self.PERSON_SIZE)):
            _check_data(value)
            if len(value) > limit:
                raise ValueError(f"maximum {what} length is {limit} bytes")
        self.digest_size = digest_size
        self._params = (bytes(key), bytes(salt), bytes(person))
        self._data = bytearray()
        if data:
            self.update(data)

    update = _Hash.update

    def digest(self):
        key, salt, person = self._params
        return _binary.blake2(self.name == "blake2b", bytes(self._data), self.digest_size,
                              key, salt, person)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = object.__new__(type(self))
        other.digest_size = self.digest_size
        other._params = self._params
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return "<_blake2.%s object at 0x%x>" % (self.name, id(self))


class blake2b(_Blake2):
    name = "blake2b"
    block_size = 128
    MAX_DIGEST_SIZE = MAX_KEY_SIZE = 64
    SALT_SIZE = PERSON_SIZE = 16


class blake2s(_Blake2):
    name = "blake2s"
    block_size = 64
    MAX_DIGEST_SIZE = MAX_KEY_SIZE = 32
    SALT_SIZE = PERSON_SIZE = 8


blake2b.__tp_name__ = "_blake2.blake2b"
blake2s.__tp_name__ = "_blake2.blake2s"


def new(name, data=b"", **kwargs):
    """A hash object for the named algorithm."""
    if name in ("blake2b", "blake2s"):
        return globals()[name](data, **kwargs)
    if name in ("shake_128", "shake_256"):
        return _ShakeHash(name, data)
    key = name
    if isinstance(name, str) and name.lower().replace("-", "") in _OPENSSL:
        key = name.lower().replace("-", "")
    if key not in _SIZES:
        raise ValueError("unsupported hash type " + str(name))
    return _Hash(key, data)


def _constructor(name):
    def make(data=b"", *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        if name.startswith("shake"):
            return _ShakeHash(name, data)
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
sha3_224 = _constructor("sha3_224")
sha3_256 = _constructor("sha3_256")
sha3_384 = _constructor("sha3_384")
sha3_512 = _constructor("sha3_512")
shake_128 = _constructor("shake_128")
shake_256 = _constructor("shake_256")


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 with HMAC over hash_name: a key of dklen bytes (the digest size by default)."""
    for value in (password, salt):
        if isinstance(value, str) or not hasattr(value, "__len__"):
            raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")
    if not isinstance(hash_name, str) or hash_name.lower() not in _SIZES:
        raise ValueError(f"unsupported hash type {hash_name}")
    hash_name = hash_name.lower()
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if dklen is None:
        dklen = _SIZES[hash_name][0]
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    return _binary.pbkdf2(hash_name, bytes(password), bytes(salt), iterations, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """The digest of a binary file object's remaining content."""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
