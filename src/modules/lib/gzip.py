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

# zlib levels; the header's XFL byte flags the two extremes.
_COMPRESS_LEVEL_FAST, _COMPRESS_LEVEL_TRADEOFF, _COMPRESS_LEVEL_BEST = 1, 6, 9

_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    text = "t" in mode
    if text and "b" in mode:
        raise ValueError("Invalid mode: %r" % (mode,))
    if not text:
        for arg, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if value is not None:
                raise ValueError(f"Argument '{arg}' not supported in binary mode")
    # A path is opened by GzipFile itself; anything file-like is wrapped as it is.
    if isinstance(filename, (str, bytes, os.PathLike)):
        path, stream = filename, None
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        path, stream = None, filename
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    gz = GzipFile(path, mode.replace("t", ""), compresslevel, stream)
    return io.TextIOWrapper(gz, encoding, errors, newline) if text else gz


def _write32u(output, value):
    output.write(struct.pack("<L", value))


def _stream_name(filename, fileobj):
    """GzipFile.name: the path given, else the wrapped file's name when it is a path."""
    if filename is not None:
        return os.fspath(filename)
    name = getattr(fileobj, "name", "")
    return name if isinstance(name, (str, bytes)) else ""


def _header_name(name):
    """The FNAME field: the base name in latin-1 without '.gz' (empty if not encodable)."""
    base = os.path.basename(name)
    if not isinstance(base, bytes):
        try:
            base = base.encode("latin-1")
        except UnicodeEncodeError:
            return b""
    return base[:-3] if base.endswith(b".gz") else base


def _warn_implicit_write_mode():
    import warnings
    warnings.warn("GzipFile was opened for writing, but this will change in future Python "
                  "releases.  Specify the mode argument for opening it for writing.",
                  FutureWarning, 3)


def _wrong_direction(message):
    import errno
    raise OSError(errno.EBADF, message)


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


def _xfl(compresslevel):
    """The header's XFL byte: 2 marks the best compression, 4 the fastest."""
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    return 4 if compresslevel == _COMPRESS_LEVEL_FAST else 0


def _create_simple_gzip_header(compresslevel, mtime=None):
    stamp = int(time.time() if mtime is None else mtime)
    # Magic, deflate, no flags, mtime, XFL, OS unknown (255).
    return struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, 0, stamp, _xfl(compresslevel), 255)


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
        name = _stream_name(filename, fileobj)
        # Without a mode, the wrapped file's own mode decides the direction.
        direction = getattr(fileobj, "mode", "rb") if mode is None else mode
        if direction.startswith("r"):
            self.mode = READ
            self.name = name
            self._raw = fileobj
            self._buffer = b""
            self._pos = 0
            self._loaded = False
            self._new_member = True
            self._last_mtime = None
        elif direction[:1] in ("w", "a", "x"):
            if mode is None:
                _warn_implicit_write_mode()
            self.mode = WRITE
            self.name = name
            # Running totals for the member trailer, and the uncompressed position.
            self.crc, self.size, self.offset = 0, 0, 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                             -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(direction))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        """The mtime field of the member header read last."""
        if self.mode != READ:
            self._no_read_buffer()
        self._load_header_only()
        return self._last_mtime

    def __repr__(self):
        inner = repr(self.fileobj)[1:-1]
        return f"<gzip {inner} {id(self):#x}>"

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        name = self.name
        if self.mode != WRITE or name[-3:] == ".gz":
            return name
        return name + ".gz"

    def _write_gzip_header(self, compresslevel):
        fname = _header_name(self.name)
        mtime = self._write_mtime
        stamp = int(time.time() if mtime is None else mtime)
        header = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, FNAME if fname else 0, stamp,
                             _xfl(compresslevel), 255)
        self.fileobj.write(header + fname + b"\0" if fname else header)

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def writable(self):
        return self.mode == WRITE

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            _wrong_direction("write() on read-only GzipFile object")
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data)
        count = data.nbytes if isinstance(data, memoryview) else len(data)
        if count:
            self.fileobj.write(self.compress.compress(data))
            self.crc = zlib.crc32(data, self.crc)
            self.size += count
            self.offset += count
        return count

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

    def readable(self):
        return self.mode == READ

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            _wrong_direction(what + "() on write-only GzipFile object")

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

    def _no_read_buffer(self):
        # CPython reaches mtime and readline() through a buffer only a reading GzipFile has.
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '_buffer'")

    def readline(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            self._no_read_buffer()
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

    closed = property(lambda self: self.fileobj is None)

    def close(self):
        target, self.fileobj = self.fileobj, None
        if target is None:
            return
        try:
            if self.mode == WRITE:
                # The rest of the deflate stream, then the CRC-32 and ISIZE trailer.
                target.write(self.compress.flush())
                _write32u(target, self.crc)
                _write32u(target, self.size & 0xffffffff)
        finally:
            owned, self.myfileobj = self.myfileobj, None
            if owned:
                owned.close()

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

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self.offset
        return self.offset_read

    def seekable(self):
        return True

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
            if whence not in (0, 1, 2, 3, 4):  # what io's buffered readers accept
                raise ValueError(f"whence value {whence} unsupported")
            if whence == 1:
                offset += self.offset_read
            elif whence == 2:
                # Relative to the end: the whole stream has to be decompressed first.
                self._fill(-1)
                offset += self.offset_read + len(self._buffer) - self._pos
            elif whence != 0:
                raise ValueError(f"Invalid value for whence: {whence}")
            # Backwards means decompressing again from the start.
            if offset < self.offset_read:
                self.rewind()
            if offset > self.offset_read:
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
