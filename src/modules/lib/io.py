"""In-memory text and binary streams (StringIO, BytesIO), TextIOWrapper over a binary stream,
and the stream base classes."""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


from _io import UnsupportedOperation
from builtins import open as _builtin_open
from bisect import bisect_left as _bisect_left


class _IOMeta(type):
    """Lets the stream classes claim the runtime's own file objects (built-in `_io` types)."""

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if not isinstance(sub, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in sub.__mro__:
            return True
        if sub.__module__ != "_io":
            return False
        return sub.__name__ in cls.__dict__.get("_native", ())


def _unsupported(operation):
    raise UnsupportedOperation(operation)


class IOBase(metaclass=_IOMeta):
    """Base of the stream classes: what a subclass does not define behaves as in CPython's
    io (nothing readable, writable or seekable; lines read through read() or peek())."""

    _native = ("TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom", "FileIO")
    _iobase_closed = False

    @property
    def closed(self):
        return self._iobase_closed

    def _ensure_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        if not self._iobase_closed:
            try:
                self.flush()
            finally:
                self._iobase_closed = True

    def flush(self):
        self._ensure_open()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def seek(self, pos, whence=0):
        _unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        _unsupported("truncate")

    def fileno(self):
        _unsupported("fileno")

    def isatty(self):
        self._ensure_open()
        return False

    def __enter__(self):
        self._ensure_open()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        self._ensure_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        if size is None:
            size = -1
        peek = getattr(self, "peek", None)
        line = bytearray()
        while size < 0 or len(line) < size:
            if peek is None:
                step = 1
            else:
                # Read up to the newline in what is buffered, in one call.
                ahead = peek(1)
                if not ahead:
                    break
                step = ahead.find(b"\n") + 1 or len(ahead)
                if size >= 0:
                    step = min(step, size - len(line))
            chunk = self.read(step)
            if not chunk:
                break
            line += chunk
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._ensure_open()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered binary streams: read() and readall() are built on readinto()."""

    _native = ("FileIO",)

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        buffer = bytearray(size)
        count = self.readinto(buffer)
        if count is None:
            return None
        return bytes(buffer[:count])

    def readall(self):
        data = bytearray()
        while True:
            chunk = self.read(DEFAULT_BUFFER_SIZE)
            if chunk is None:
                # Non-blocking and nothing available yet.
                return bytes(data) if data else None
            if not chunk:
                return bytes(data)
            data += chunk

    def readinto(self, buffer):
        raise NotImplementedError

    def write(self, data):
        raise NotImplementedError


def _read_into(buffer, reader):
    view = memoryview(buffer).cast("B")
    data = reader(len(view))
    view[:len(data)] = data
    return len(data)


class BufferedIOBase(IOBase):
    """Buffered binary streams: readinto() and readinto1() are built on read() and read1()."""

    _native = ("BufferedReader", "BufferedWriter", "BufferedRandom")

    def read(self, size=-1):
        _unsupported("read")

    def read1(self, size=-1):
        _unsupported("read1")

    def write(self, data):
        _unsupported("write")

    def detach(self):
        _unsupported("detach")

    def readinto(self, buffer):
        return _read_into(buffer, self.read)

    def readinto1(self, buffer):
        return _read_into(buffer, self.read1)


class TextIOBase(IOBase):
    """Text streams: str in and out, no encoding of their own unless a subclass has one."""

    _native = ("TextIOWrapper",)

    def read(self, size=-1):
        _unsupported("read")

    def write(self, s):
        _unsupported("write")

    def readline(self, size=-1):
        _unsupported("readline")

    def detach(self):
        _unsupported("detach")

    encoding = newlines = errors = property(lambda self: None)


class _Buffered(BufferedIOBase):
    """A binary stream over another one (`raw`): what BufferedReader and BufferedWriter made
    from Python share. Writes go straight through to the raw stream."""

    def __init__(self, raw, buffer_size=8192):
        if not isinstance(buffer_size, int):
            raise TypeError(f"'{type(buffer_size).__name__}' object cannot be interpreted "
                            "as an integer")
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._ahead = b""

    name = property(lambda self: self.raw.name)
    mode = property(lambda self: self.raw.mode)
    closed = property(lambda self: self.raw.closed)

    def _check_open(self, op):
        if self.raw.closed:
            raise ValueError(f"{op} of closed file")

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def flush(self):
        if self.raw.closed:
            raise ValueError("flush of closed file")
        flush = getattr(self.raw, "flush", None)
        if flush is not None:
            flush()

    def close(self):
        if not self.raw.closed:
            self.flush()
            self.raw.close()

    def detach(self):
        self.flush()
        raw, self.raw = self.raw, None
        return raw

    def tell(self):
        return self.raw.tell() - len(self._ahead)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos -= len(self._ahead)
        self._ahead = b""
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        if pos is None:
            pos = self.tell()
        self.seek(pos)
        return self.raw.truncate(pos)

    def __enter__(self):
        self._check_open("enter")
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open("iteration")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __repr__(self):
        try:
            return f"<_io.{type(self).__name__} name={self.name!r}>"
        except AttributeError:
            return f"<_io.{type(self).__name__}>"


class BufferedReader(_Buffered):
    _native = ("BufferedReader",)

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return False

    def read(self, size=-1):
        self._check_open("read")
        if size is None or size < 0:
            out, self._ahead = self._ahead + (self.raw.read() or b""), b""
            return out
        out, self._ahead = self._ahead[:size], self._ahead[size:]
        if len(out) < size:
            out += self.raw.read(size - len(out)) or b""
        return out

    def read1(self, size=-1):
        self._check_open("read")
        if not self._ahead:
            return self.raw.read(self.buffer_size if size is None or size < 0 else size) or b""
        return self.read(len(self._ahead) if size is None or size < 0 else size)

    def peek(self, size=0):
        self._check_open("peek")
        if not self._ahead:
            self._ahead = self.raw.read(self.buffer_size) or b""
        return self._ahead

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_open("readline")
        line = b""
        while size is None or size < 0 or len(line) < size:
            byte = self.read(1)
            if not byte:
                break
            line += byte
            if byte == b"\n":
                break
        return line

    def readlines(self, hint=-1):
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint < total:
                break
        return lines


class BufferedWriter(_Buffered):
    _native = ("BufferedWriter",)

    def readable(self):
        return False

    def writable(self):
        return self.raw.writable()

    def write(self, data):
        self._check_open("write")
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self.raw.write(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class BufferedRandom(BufferedIOBase):
    _native = ("BufferedRandom",)


class FileIO(RawIOBase):
    """The raw, unbuffered file: `FileIO(path, mode)` is what `open(path, mode + "b",
    buffering=0)` gives."""

    _native = ("FileIO",)

    def __new__(cls, file, mode="r", closefd=True, opener=None):
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        if "t" in mode or mode.count("+") > 1:
            raise ValueError(f"invalid mode: {mode}")
        if "b" not in mode:
            mode += "b"
        return _builtin_open(file, mode, buffering=0, closefd=closefd, opener=opener)


class _Memory:
    """What StringIO and BytesIO share: a buffer, a position, and the stream protocol."""

    _hint_reached = False
    _negative_size = "Negative size value {}"

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    # The contents are `_base` followed by the pieces written at the end since (kept apart so
    # a run of appending writes costs linear time); `_size` is their total length.
    @property
    def _buf(self):
        if self._chunks:
            self._base = self._base + self._base[:0].join(self._chunks)
            self._chunks = []
        return self._base

    @_buf.setter
    def _buf(self, value):
        self._base = value
        self._chunks = []
        self._size = len(value)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def tell(self):
        self._check_open()
        return self._pos

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()
        return None

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def getvalue(self):
        self._check_open()
        return self._buf

    def _size_arg(self, size):
        if size is None:
            return -1
        if not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        return size

    def read(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        end = len(self._buf) if size < 0 else min(len(self._buf), self._pos + size)
        start = min(self._pos, len(self._buf))
        out = self._buf[start:end]
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        start = min(self._pos, len(self._buf))
        end = self._line_end(start)
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def _line_end(self, start):
        """Where the line starting at start ends (just past its line ending)."""
        buf = self._buf
        newline = self._newline
        if newline == "":
            # Any of '\n', '\r' and '\r\n' ends a line; nothing is translated.
            n = buf.find("\n", start)
            r = buf.find("\r", start)
            if r < 0 and n < 0:
                return len(buf)
            if r < 0 or (0 <= n < r):
                return n + 1
            if r + 1 < len(buf) and buf[r + 1] == "\n":
                return r + 2
            return r + 1
        nl = buf.find(newline, start)
        return len(buf) if nl < 0 else nl + len(newline)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            # StringIO stops once the lines exceed the hint; BytesIO once they reach it.
            if hint is not None and 0 < hint and (total > hint or self._hint_reached and total == hint):
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if not isinstance(size, int):
            raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
        if size < 0:
            raise ValueError(self._negative_size.format(size))
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size

    def _write(self, data):
        n = len(data)
        if n == 0:
            return 0
        if self._pos == self._size:
            self._chunks.append(data)
            self._size += n
            self._pos += n
            return n
        buf = self._buf
        if self._pos > len(buf):
            buf = buf + self._fill * (self._pos - len(buf))
        self._buf = buf[: self._pos] + data + buf[self._pos + n :]
        self._pos += n
        return n


class _PyStringIO(_Memory, TextIOBase):
    """A text stream kept in memory (written in Python: used when `_memoryio` is missing)."""

    _fill = "\0"
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(
                f"initial_value must be str or None, not {type(initial_value).__name__}"
            )
        self._closed = False
        self._translate = newline
        # Lines end where the newline argument says: '' accepts all three endings.
        self._newline = "\n" if newline is None else (newline or "")
        if newline == "\n":
            self._newline = "\n"
        self._buf = ""
        self._table_src = None
        self._pos = 0
        self._write(self._encode(initial_value))
        self._pos = 0

    def _encode(self, s):
        if self._translate is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._translate in ("\r", "\r\n"):
            return s.replace("\n", self._translate)
        return s

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        self._write(self._encode(s))
        return n

    def readline(self, size=-1):
        # Reading line after line from the start of a line is served from a table of the
        # lines, built once per contents: finding a line in a long non-ASCII string by
        # character position would cost time proportional to the whole string each call.
        self._check_open()
        if (size is None or size == -1) and self._newline != "":
            buf = self._buf
            if self._table_src is not buf:
                self._build_line_table(buf)
            pos = self._pos
            offsets = self._offsets
            i = self._next_line
            if not (i < len(offsets) and offsets[i] == pos):
                i = _bisect_left(offsets, pos)
            if i < len(offsets) and offsets[i] == pos:
                line = self._lines[i]
                self._pos = pos + len(line)
                self._next_line = i + 1
                return line
        return _Memory.readline(self, size)

    def _build_line_table(self, buf):
        nl = self._newline
        parts = buf.split(nl)
        last = parts.pop()
        lines = [part + nl for part in parts]
        if last:
            lines.append(last)
        offsets = []
        total = 0
        for line in lines:
            offsets.append(total)
            total += len(line)
        self._lines = lines
        self._offsets = offsets
        self._next_line = 0
        self._table_src = buf

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def __repr__(self):
        return f"<_io.StringIO object at 0x{id(self):x}>"


class _PyBytesIO(_Memory, BufferedIOBase):
    """A binary stream kept in memory (written in Python: used when `_memoryio` is missing)."""

    _fill = b"\0"
    _hint_reached = True
    _negative_size = "negative size value {}"
    _closed_message = "I/O operation on closed file."

    def __init__(self, initial_bytes=b""):
        self._closed = False
        self._newline = b"\n"
        self._buf = b""
        self._pos = 0
        if initial_bytes is not None:
            self._buf = bytes(self._bytes_like(initial_bytes))

    def _bytes_like(self, b):
        if isinstance(b, (bytes, bytearray, memoryview)):
            return b
        raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")

    def write(self, b):
        self._check_open()
        data = bytes(self._bytes_like(b))
        return self._write(data)

    def getbuffer(self):
        self._check_open()
        return memoryview(self._buf)

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        self._check_open()
        if not isinstance(buffer, (bytearray, memoryview)):
            raise TypeError(
                f"readinto() argument must be read-write bytes-like object, not {type(buffer).__name__}"
            )
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def __repr__(self):
        return f"<_io.BytesIO object at 0x{id(self):x}>"


def _closed_check(stream):
    if stream.closed:
        raise ValueError("I/O operation on closed file.")


try:
    import _memoryio
except ImportError:
    _memoryio = None

if _memoryio is None:
    StringIO = _PyStringIO
    BytesIO = _PyBytesIO
    StringIO.__name__ = StringIO.__qualname__ = "StringIO"
    BytesIO.__name__ = BytesIO.__qualname__ = "BytesIO"
else:

    class StringIO(_memoryio.StringIO, TextIOBase):
        """A text stream kept in memory. The state and the frequent operations (write, read,
        readline, iteration, seek, getvalue) are native; what is here is rarely hot."""

        __module__ = "_io"
        encoding = None
        errors = None

        def __iter__(self):
            _closed_check(self)
            return self

        def __enter__(self):
            _closed_check(self)
            return self

        def __exit__(self, *exc):
            self.close()

        def isatty(self):
            _closed_check(self)
            return False

        def flush(self):
            pass

        def readlines(self, hint=-1):
            if hint is not None and not isinstance(hint, int):
                raise TypeError(f"argument should be integer or None, not '{type(hint).__name__}'")
            if hint is None or hint <= 0:
                return list(self)
            lines = []
            total = 0
            for line in self:
                lines.append(line)
                total += len(line)
                if total > hint:
                    break
            return lines

        def writelines(self, lines):
            _closed_check(self)
            write = self.write
            for line in lines:
                write(line)

        def detach(self):
            raise UnsupportedOperation("detach")

        def fileno(self):
            raise UnsupportedOperation("fileno")

        def __repr__(self):
            return f"<_io.StringIO object at 0x{id(self):x}>"

    class BytesIO(_memoryio.BytesIO, BufferedIOBase):
        """A binary stream kept in memory (the state and the frequent operations are native)."""

        __module__ = "_io"

        def __enter__(self):
            _closed_check(self)
            return self

        def __exit__(self, *exc):
            self.close()

        def isatty(self):
            _closed_check(self)
            return False

        def flush(self):
            _closed_check(self)

        def readlines(self, hint=-1):
            if hint is not None and not isinstance(hint, int):
                raise TypeError(f"integer argument expected, got '{type(hint).__name__}'")
            # BytesIO's own line reading and writing: a subclass's readline() and write()
            # are not called, as in CPython.
            readline = _memoryio.BytesIO.readline.__get__(self)
            lines = []
            total = 0
            while True:
                line = readline()
                if not line:
                    break
                lines.append(line)
                total += len(line)
                if hint is not None and 0 < hint <= total:
                    break
            return lines

        def writelines(self, lines):
            _closed_check(self)
            write = _memoryio.BytesIO.write.__get__(self)
            for line in lines:
                write(line)

        def getbuffer(self):
            _closed_check(self)
            return memoryview(self.getvalue())

        def readinto(self, buffer):
            _closed_check(self)
            if not isinstance(buffer, (bytearray, memoryview)):
                raise TypeError(
                    "readinto() argument must be read-write bytes-like object, "
                    f"not {type(buffer).__name__}"
                )
            data = self.read(len(buffer))
            buffer[: len(data)] = data
            return len(data)

        readinto1 = readinto

        def detach(self):
            raise UnsupportedOperation("detach")

        def fileno(self):
            raise UnsupportedOperation("fileno")

        def __repr__(self):
            return f"<_io.BytesIO object at 0x{id(self):x}>"


DEFAULT_BUFFER_SIZE = 8192


class TextIOWrapper(TextIOBase):
    _native = ("TextIOWrapper",)
    encoding = errors = None  # per instance here, not TextIOBase's read-only None
    """Text read from and written to a binary stream through a codec.

    Reading decodes the rest of the buffer at once: `_raw` is that text as decoded (newlines
    untranslated), `_text` the same text as read gives it, `_pos` the index in `_text` read so
    far, and `_start` the buffer position `_raw` begins at (tell() counts from there).
    """

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        self.buffer = buffer
        self.encoding = "UTF-8" if encoding is None or encoding == "locale" else encoding
        "".encode(self.encoding)
        self.errors = "strict" if errors is None else errors
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._reset_read()

    def _reset_read(self):
        self._raw = self._text = ""
        self._pos = 0
        self._start = None

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def newlines(self):
        """The kinds of line end met so far when reading with universal newlines."""
        if self._newline not in (None, ""):
            return None
        raw = self._raw
        crlf = raw.count("\r\n")
        kinds = [k for k, seen in (("\r", raw.count("\r") > crlf),
                                   ("\n", raw.count("\n") > crlf),
                                   ("\r\n", crlf > 0)) if seen]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def _check_open(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if self._start is not None:
            # Writing after reading drops what was decoded; the write lands wherever reading
            # left the buffer, as in CPython.
            self._reset_read()
        text = s
        if self._newline not in (None, "", "\n") and "\n" in text:
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        if self.line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _fill(self):
        """Decodes the rest of the buffer (once, until the next seek)."""
        if self._start is not None:
            return
        try:
            self._start = self.buffer.tell()
        except (OSError, AttributeError):
            self._start = 0
        self._raw = self.buffer.read().decode(self.encoding, self.errors)
        text = self._raw
        if self._newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._text = text

    def _take(self, end):
        out = self._text[self._pos:end]
        self._pos = max(self._pos, min(end, len(self._text)))
        return out

    def read(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        self._fill()
        return self._take(len(self._text) if size < 0 else self._pos + size)

    def readline(self, size=-1):
        self._check_open()
        self._fill()
        text = self._text
        pos = self._pos
        if self._newline in (None, "\n"):
            end = text.find("\n", pos) + 1
        elif self._newline == "":
            cr, lf = text.find("\r", pos), text.find("\n", pos)
            if cr >= 0 and (lf < 0 or cr < lf):
                end = cr + 2 if text.startswith("\n", cr + 1) else cr + 1
            else:
                end = lf + 1
        else:
            end = text.find(self._newline, pos)
            end = end + len(self._newline) if end >= 0 else 0
        if end <= 0:
            end = len(text)
        if size is not None and 0 <= size < end - pos:
            end = pos + size
        return self._take(end)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint < total:
                break
        return lines

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            self.flush()
            self.buffer.close()

    def detach(self):
        self.flush()
        buffer, self.buffer = self.buffer, None
        return buffer

    def tell(self):
        self._check_open()
        if self._start is None:
            self.flush()
            return self.buffer.tell()
        # The raw index of what has been read: a translated "\n" may stand for "\r\n".
        raw, seen, i = self._raw, 0, 0
        while seen < self._pos and i < len(raw):
            if raw.startswith("\r\n", i) and self._newline is None:
                i += 1
            i += 1
            seen += 1
        return self._start + len(raw[:i].encode(self.encoding, self.errors))

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 1 and pos != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and pos != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            pos, whence = self.tell(), 0
        self.flush()
        self._reset_read()
        return self.buffer.seek(pos, whence)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        for attr in ("name", "mode"):
            try:
                value = getattr(self, attr)
            except AttributeError:
                continue
            parts.append(f"{attr}={value!r}")
        parts.append(f"encoding={self.encoding!r}>")
        return " ".join(parts)


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    """The built-in open()."""
    import builtins
    return builtins.open(file, mode, buffering, encoding, errors, newline, closefd, opener)


def open_code(path):
    """Opens a file of code for reading, in binary mode (what import uses)."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2, /):
    """The encoding open() uses for `encoding`: itself, or "locale" when it is None."""
    if encoding is None:
        import sys
        return "utf-8" if sys.flags.utf8_mode else "locale"
    return encoding


class BufferedRWPair(BufferedIOBase):
    """One stream made of two: reads come from `reader`, writes go to `writer`."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(-1 if size is None else size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def readinto(self, buffer):
        return self.reader.readinto(buffer)

    def write(self, data):
        return self.writer.write(data)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def seekable(self):
        return False

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


# The newline kinds IncrementalNewlineDecoder has seen, as bits of its `newlines` index.
_LF, _CR, _CRLF = 1, 2, 4
_NEWLINES_SEEN = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                  ("\r", "\n", "\r\n"))


class IncrementalNewlineDecoder:
    """Wraps an incremental decoder (or none: str input) to find and translate newlines.

    A "\\r" at the end of a chunk is held back until the next chunk shows whether "\\n"
    follows it; `newlines` tells which kinds were seen; with `translate`, "\\r\\n" and
    "\\r" become "\\n".
    """

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = bool(translate)
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if not isinstance(output, str):
            raise TypeError(f"decoder should return a string result, not "
                            f"'{type(output).__name__}'")
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self.seennl |= (lf and _LF) | (cr and _CR) | (crlf and _CRLF)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    # The state is the wrapped decoder's (buffer, flag) with one more bit at the bottom of the
    # flag: whether a "\r" is held back until the next chunk shows if "\n" follows it.
    def getstate(self):
        inner = (b"", 0) if self.decoder is None else self.decoder.getstate()
        return inner[0], inner[1] * 2 + int(self.pendingcr)

    def setstate(self, state):
        pending, rest = state[1] % 2, state[1] // 2
        if self.decoder is not None:
            self.decoder.setstate((state[0], rest))
        self.pendingcr = pending == 1

    def reset(self):
        if self.decoder is not None:
            self.decoder.reset()
        self.pendingcr = False
        self.seennl = 0

    @property
    def newlines(self):
        return _NEWLINES_SEEN[self.seennl]


IncrementalNewlineDecoder.__module__ = "_io"
IncrementalNewlineDecoder.__tp_name__ = "_io.IncrementalNewlineDecoder"
BufferedRWPair.__tp_name__ = "_io.BufferedRWPair"
TextIOWrapper.__tp_name__ = "_io.TextIOWrapper"
StringIO.__tp_name__ = "_io.StringIO"
BytesIO.__tp_name__ = "_io.BytesIO"
