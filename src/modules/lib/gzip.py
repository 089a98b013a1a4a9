"""Reading and writing gzip files (RFC 1952) on top of zlib."""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def _write32u(output, value):
    output.write(struct.pack("<L", value))


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        b = fp.read(n - len(data))
        if not b:
            raise EOFError(_TRUNCATED)
        data += b
    return data


def _read_gzip_header(fp):
    """Reads a member header; its mtime, or None at the end of the file."""
    magic = fp.read(2)
    if magic == b"":
        return None
    return _read_header_after_magic(fp, magic)


def _read_header_after_magic(fp, magic):
    """Reads the rest of a member header whose first two bytes were `magic`; its mtime."""
    if magic != b"\037\213":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flag, last_mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    if flag & FNAME:
        while True:
            s = fp.read(1)
            if not s or s == b"\000":
                break
    if flag & FCOMMENT:
        while True:
            s = fp.read(1)
            if not s or s == b"\000":
                break
    if flag & FHCRC:
        _read_exact(fp, 2)
    return last_mtime


def _create_simple_gzip_header(compresslevel, mtime=None):
    if mtime is None:
        mtime = time.time()
    if compresslevel == _COMPRESS_LEVEL_BEST:
        xfl = 2
    elif compresslevel == _COMPRESS_LEVEL_FAST:
        xfl = 4
    else:
        xfl = 0
    return struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, 0, int(mtime), xfl, 255)


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the gzip bytes."""
    if mtime == 0:
        # zlib's own gzip wrapper writes a zero mtime.
        return zlib.compress(data, level=compresslevel, wbits=31)
    header = _create_simple_gzip_header(compresslevel, mtime)
    trailer = struct.pack("<LL", zlib.crc32(data), (len(data) & 0xffffffff))
    return header + zlib.compress(data, level=compresslevel, wbits=-15) + trailer


def decompress(data):
    """Decompress a gzip byte string (every member of it)."""
    members = []
    while True:
        fp = io.BytesIO(data)
        if _read_gzip_header(fp) is None:
            return b"".join(members)
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = do.decompress(data[fp.tell():])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, length = struct.unpack("<II", do.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != (len(out) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = do.unused_data[8:].lstrip(b"\x00")


class GzipFile(io.BufferedIOBase):
    """A file object over a gzip stream: reading decompresses, writing compresses."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        if mode.startswith("r"):
            self.mode = READ
            self._raw = fileobj
            self._buffer = b""
            self._pos = 0
            self._loaded = False
            self._new_member = True
            self._last_mtime = None
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            if origmode is None:
                import warnings
                warnings.warn(
                    "GzipFile was opened for writing, but this will "
                    "change in future Python releases.  "
                    "Specify the mode argument for opening it for writing.",
                    FutureWarning, 2)
            self.mode = WRITE
            self._init_write(filename)
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                             -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != ".gz":
            return self.name + ".gz"
        return self.name

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        if self.mode == READ:
            self._load_header_only()
            return self._last_mtime
        return None

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    def _init_write(self, filename):
        self.name = filename
        self.crc = zlib.crc32(b"")
        self.size = 0
        self.writebuf = []
        self.bufsize = 0
        self.offset = 0

    def _write_gzip_header(self, compresslevel):
        self.fileobj.write(b"\037\213")
        self.fileobj.write(b"\010")
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode("latin-1")
            if fname.endswith(b".gz"):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b""
        flags = 0
        if fname:
            flags = FNAME
        self.fileobj.write(chr(flags).encode("latin-1"))
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        _write32u(self.fileobj, int(mtime))
        if compresslevel == _COMPRESS_LEVEL_BEST:
            xfl = b"\002"
        elif compresslevel == _COMPRESS_LEVEL_FAST:
            xfl = b"\004"
        else:
            xfl = b"\000"
        self.fileobj.write(xfl)
        self.fileobj.write(b"\377")
        if fname:
            self.fileobj.write(fname + b"\000")

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    # --- reading ---

    def _load_header_only(self):
        if self._last_mtime is None and not self._loaded and self._new_member:
            self._fill(1)

    def _fill(self, want):
        """Decompresses members until `want` more bytes are buffered (or the end)."""
        while not self._loaded and (want < 0 or len(self._buffer) - self._pos < want):
            if not self._read_member():
                self._loaded = True

    def _read_member(self):
        fp = self._raw
        if self._new_member:
            # Skip the zero padding between members.
            while True:
                c = fp.read(1)
                if c != b"\x00":
                    break
            if c == b"":
                return False
            self._last_mtime = _read_header_after_magic(fp, c + fp.read(1))
            self._new_member = False
            self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
            self._crc = zlib.crc32(b"")
            self._stream_size = 0
            return True
        buf = fp.read(8192)
        if not buf and not self._decomp.unconsumed_tail:
            raise EOFError(_TRUNCATED)
        out = self._decomp.decompress(buf)
        if out:
            self._crc = zlib.crc32(out, self._crc)
            self._stream_size += len(out)
            if self._pos:
                self._buffer = self._buffer[self._pos:]
                self._pos = 0
            self._buffer += out
        if self._decomp.eof:
            tail = self._decomp.unused_data
            if len(tail) < 8:
                tail += _read_exact(fp, 8 - len(tail))
                extra = b""
            else:
                extra = tail[8:]
                tail = tail[:8]
            crc32, isize = struct.unpack("<II", tail)
            if crc32 != self._crc:
                raise BadGzipFile("CRC check failed %s != %s" % (hex(crc32), hex(self._crc)))
            if isize != (self._stream_size & 0xffffffff):
                raise BadGzipFile("Incorrect length of data produced")
            if extra:
                # Put the rest back in front of the file's remaining bytes.
                self._raw = _Prepended(extra, fp)
            self._new_member = True
        return True

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, what + "() on write-only GzipFile object")

    def read(self, size=-1):
        self._check_read("read")
        if size is None or size < 0:
            self._fill(-1)
            out = self._buffer[self._pos:]
            self._buffer = b""
            self._pos = 0
            self.offset_read += len(out)
            return out
        self._fill(size)
        out = self._buffer[self._pos:self._pos + size]
        self._pos += len(out)
        self.offset_read += len(out)
        return out

    offset_read = 0

    def read1(self, size=-1):
        self._check_read("read1")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE if hasattr(io, "DEFAULT_BUFFER_SIZE") else 8192
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def peek(self, n):
        self._check_read("peek")
        self._fill(max(n, 1))
        return self._buffer[self._pos:]

    def readline(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")
        while True:
            i = self._buffer.find(b"\n", self._pos)
            if i >= 0 or self._loaded:
                break
            self._fill(len(self._buffer) - self._pos + 8192)
        end = len(self._buffer) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._buffer[self._pos:end]
        self._pos = end
        self.offset_read += len(out)
        return out

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                _write32u(fileobj, self.crc)
                _write32u(fileobj, self.size & 0xffffffff)
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._raw = self.fileobj
        self.fileobj.seek(0)
        self._buffer = b""
        self._pos = 0
        self._loaded = False
        self._new_member = True
        self.offset_read = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self.offset
        return self.offset_read

    def seek(self, offset, whence=io.SEEK_SET if hasattr(io, "SEEK_SET") else 0):
        if self.mode == WRITE:
            if whence != 0:
                if whence == 1:
                    offset = self.offset + offset
                else:
                    raise ValueError("Seek from end not supported")
            if offset < self.offset:
                raise OSError("Negative seek in write mode")
            count = offset - self.offset
            chunk = b"\0" * 1024
            for i in range(count // 1024):
                self.write(chunk)
            self.write(b"\0" * (count % 1024))
        elif self.mode == READ:
            self._check_not_closed()
            if whence == 1:
                offset = self.offset_read + offset
            elif whence == 2:
                raise ValueError("Seek from end not supported")
            if offset < self.offset_read:
                self.rewind()
            self.read(offset - self.offset_read)
        return self.offset if self.mode == WRITE else self.offset_read

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()


class _Prepended:
    """A file whose first bytes are `data`, then those of `fp`."""

    def __init__(self, data, fp):
        self._data = data
        self._fp = fp

    def read(self, n=-1):
        if not self._data:
            return self._fp.read(n)
        if n is None or n < 0:
            out = self._data + self._fp.read()
            self._data = b""
            return out
        out = self._data[:n]
        self._data = self._data[n:]
        if len(out) < n:
            out += self._fp.read(n - len(out))
        return out
