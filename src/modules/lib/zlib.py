"""The zlib compression library's interface: DEFLATE with zlib and gzip wrappers."""

import _zlib
from _zlib import crc32, adler32

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"


class error(Exception):
    pass


error.__module__ = "zlib"


def _index(v):
    if isinstance(v, int):
        return int(v)
    try:
        f = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return f(v)


def _deflate_ok(level, method, wbits, memlevel, strategy):
    if level != -1 and not 0 <= level <= 9:
        return False
    if method != DEFLATED or not 1 <= memlevel <= 9 or not 0 <= strategy <= 4:
        return False
    if 8 <= wbits <= 15 or -15 <= wbits <= -9 or 25 <= wbits <= 31:
        return True
    return False


def _inflate_ok(wbits):
    return (wbits in (0, 16, 32) or 8 <= wbits <= 15 or -15 <= wbits <= -8
            or 24 <= wbits <= 31 or 40 <= wbits <= 47)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    level = _index(level)
    wbits = _index(wbits)
    if not _deflate_ok(level, DEFLATED, wbits, DEF_MEM_LEVEL, 0):
        crc32(data)
        raise error("Bad compression level")
    z = _zlib.deflate_new(level, wbits, DEF_MEM_LEVEL, 0)
    try:
        return _zlib.deflate(z, data, Z_FINISH)
    finally:
        _zlib.free(z)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    wbits = _index(wbits)
    bufsize = _index(bufsize)
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    crc32(data)
    if not _inflate_ok(wbits):
        raise error("Error -2 while preparing to decompress data: inconsistent stream state")
    z = _zlib.inflate_new(wbits)
    try:
        out, status, used, msg = _zlib.inflate(z, data, 0)
    finally:
        _zlib.free(z)
    if status < 0:
        raise error("Error %d while decompressing data: %s" % (status, msg))
    if status == 2:
        raise error("Error 2 while decompressing data")
    if status == 0:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return out


class Compress:
    def __init__(self, *args):
        raise TypeError("cannot create 'zlib.Compress' instances")

    def compress(self, data, /):
        if self._z is None:
            crc32(data)
            raise error("Error -2 while compressing data: inconsistent stream state")
        return _zlib.deflate(self._z, data, Z_NO_FLUSH)

    def flush(self, mode=Z_FINISH, /):
        mode = _index(mode)
        if mode == Z_NO_FLUSH:
            return b""
        if self._z is None:
            raise error("Error -2 while flushing: inconsistent stream state")
        out = _zlib.deflate(self._z, b"", mode)
        if mode == Z_FINISH:
            _zlib.free(self._z)
            self._z = None
        return out

    def copy(self):
        if self._z is None:
            raise ValueError("Inconsistent stream state")
        c = object.__new__(_Compress)
        c._z = _zlib.copy(self._z)
        return c

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


class Decompress:
    def __init__(self, *args):
        raise TypeError("cannot create 'zlib.Decompress' instances")

    def decompress(self, data, /, max_length=0):
        max_length = _index(max_length)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        crc32(data)
        if self._z is None:
            self.unused_data += bytes(data)
            return b""
        out, status, used, msg = _zlib.inflate(self._z, data, max_length)
        if msg == "setting zdict":
            raise error("Error -3 while setting zdict: invalid input data")
        if status < 0:
            raise error("Error %d while decompressing data: %s" % (status, msg))
        if status == 2:
            raise error("Error 2 while decompressing data")
        data = bytes(data)
        if status == 1:
            self.eof = True
            self.unused_data += data[used:]
            self.unconsumed_tail = b""
            _zlib.free(self._z)
            self._z = None
        elif max_length:
            self.unconsumed_tail = data[used:]
        else:
            self.unconsumed_tail = b""
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        length = _index(length)
        if length <= 0:
            raise ValueError("length must be greater than zero")
        if self._z is None:
            return b""
        tail = self.unconsumed_tail
        out, status, used, msg = _zlib.inflate(self._z, tail, 0)
        if status < 0:
            raise error("Error %d while flushing: %s" % (status, msg))
        self.unconsumed_tail = b""
        if status == 1:
            self.eof = True
            self.unused_data += tail[used:]
            _zlib.free(self._z)
            self._z = None
        return out

    def copy(self):
        if self._z is None and not self.eof:
            raise ValueError("Inconsistent stream state")
        c = object.__new__(_Decompress)
        c._z = _zlib.copy(self._z) if self._z is not None else None
        c.unused_data = self.unused_data
        c.unconsumed_tail = self.unconsumed_tail
        c.eof = self.eof
        return c

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


Compress.__module__ = "zlib"
Decompress.__module__ = "zlib"
# The types are reachable only through the objects, as in CPython.
_Compress = Compress
_Decompress = Decompress
del Compress, Decompress


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    level = _index(level)
    method = _index(method)
    wbits = _index(wbits)
    memLevel = _index(memLevel)
    strategy = _index(strategy)
    if not _deflate_ok(level, method, wbits, memLevel, strategy):
        raise ValueError("Invalid initialization option")
    c = object.__new__(_Compress)
    if zdict is not None:
        crc32(zdict)
        if 25 <= wbits <= 31:
            raise ValueError("Invalid dictionary")
        c._z = _zlib.deflate_new(level, wbits, memLevel, strategy, zdict)
    else:
        c._z = _zlib.deflate_new(level, wbits, memLevel, strategy)
    return c


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    wbits = _index(wbits)
    if not _inflate_ok(wbits):
        raise ValueError("Invalid initialization option")
    try:
        crc32(zdict)
    except TypeError:
        raise TypeError("zdict argument must support the buffer protocol") from None
    d = object.__new__(_Decompress)
    d._z = _zlib.inflate_new(wbits, zdict) if len(zdict) else _zlib.inflate_new(wbits)
    d.unused_data = b""
    d.unconsumed_tail = b""
    d.eof = False
    return d


