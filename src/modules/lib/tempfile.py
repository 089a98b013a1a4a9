"""tempfile for pyseal: temporary files and directories with unique random names.

Names are the prefix ('tmp' by default), eight characters from [a-z0-9_] and the suffix, in
gettempdir() (TMPDIR, TEMP or TMP from the environment, else /tmp). Temporary files are
ordinary files opened with open(); mkstemp hands out a descriptor from os.open.
"""

import os as _os
import random as _random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory", "mkstemp", "mkdtemp",
           "mktemp",
           "gettempdir", "gettempprefix", "gettempdirb", "gettempprefixb", "TMP_MAX",
           "template", "tempdir"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        _rng = _random.Random()
    return "".join(_rng.choice(_CHARACTERS) for _ in range(8))


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def gettempdir():
    """The directory temporary files go to."""
    global tempdir
    if tempdir is None:
        for name in ("TMPDIR", "TEMP", "TMP"):
            value = _os.environ.get(name)
            if value and _os.path.isdir(value):
                tempdir = _os.path.abspath(value)
                break
        else:
            tempdir = "/tmp" if _os.path.isdir("/tmp") else _os.getcwd()
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def _parts(suffix, prefix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, _os.fspath(dir)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory with a unique name; returns its absolute path."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary directory name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file with a unique name, readable and writable only by its owner;
    returns (an open descriptor for it, its absolute path)."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW | _os.O_CLOEXEC
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary file name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A unique path name for a file that does not exist yet (not created)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


def _exclusive_opener(path, flags):
    # A new file only, whatever the mode says, readable and writable by its owner only.
    return _os.open(path, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW
                    | _os.O_CLOEXEC, 0o600)


def _create_file(mode, buffering, encoding, newline, suffix, prefix, dir, errors):
    """Opens a new file with a unique name as open(name, mode) would; returns the file
    object and its absolute path."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    kwargs = {}
    if "b" not in mode:
        kwargs = {"encoding": encoding, "newline": newline, "errors": errors}
    for _ in range(TMP_MAX):
        path = _os.path.abspath(_os.path.join(dir, prefix + _random_name() + suffix))
        try:
            f = open(path, mode, buffering, opener=_exclusive_opener, **kwargs)
        except FileExistsError:
            continue
        return f, path
    raise FileExistsError(17, "No usable temporary file name found")


class _TemporaryFileWrapper:
    """A file that knows its name and (when delete is true) removes itself on close."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    @property
    def closed(self):
        return self.file.closed

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object at 0x%x>" % id(self)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name, removed on close when delete is true."""
    f, path = _create_file(mode, buffering, encoding, newline, suffix, prefix, dir, errors)
    return _TemporaryFileWrapper(f, path, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file with no name: removed from its directory as soon as it is made.

    As on Linux in CPython, the file object's name is its descriptor.
    """
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        _os.unlink(name)
        kwargs = {}
        if "b" not in mode:
            kwargs = {"encoding": encoding, "newline": newline, "errors": errors}
        return open(fd, mode, buffering, **kwargs)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile:
    """A temporary file kept in memory (BytesIO, or a text stream over one) until it grows
    past max_size or fileno() is asked for; then it moves to a real TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        import io
        if "b" in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.TextIOWrapper(io.BytesIO(), encoding=io.text_encoding(encoding),
                                          errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._file_args = {"mode": mode, "buffering": buffering, "suffix": suffix,
                           "prefix": prefix, "encoding": encoding, "newline": newline,
                           "dir": dir, "errors": errors}

    def _roll_if_big(self):
        if not self._rolled and self._max_size and self._file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Moves the data to a file on disk (once), keeping the position."""
        if self._rolled:
            return
        args = self._file_args
        newfile = TemporaryFile(args["mode"], args["buffering"], args["encoding"],
                                args["newline"], args["suffix"], args["prefix"], args["dir"],
                                errors=args["errors"])
        memory = self._file
        pos = memory.tell()
        if hasattr(newfile, "buffer"):
            newfile.buffer.write(memory.detach().getvalue())
        else:
            newfile.write(memory.getvalue())
        newfile.seek(pos, 0)
        self._file = newfile
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        self._file.close()

    def fileno(self):
        # A descriptor needs a real file.
        self.rollover()
        return self._file.fileno()

    @property
    def mode(self):
        # BytesIO has no mode: report the one asked for until the rollover.
        return getattr(self._file, "mode", self._file_args["mode"])

    @property
    def name(self):
        return getattr(self._file, "name", None)

    def write(self, s):
        written = self._file.write(s)
        self._roll_if_big()
        return written

    def writelines(self, iterable):
        self._file.writelines(iterable)
        self._roll_if_big()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        # Unlike writes, any size past max_size rolls over, even with max_size 0.
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def __repr__(self):
        return "<tempfile.SpooledTemporaryFile object at 0x%x>" % id(self)


def _delegate(name):
    """A SpooledTemporaryFile method that calls the same method of the current file."""
    def method(self, *args):
        return getattr(self._file, name)(*args)
    method.__name__ = name
    method.__qualname__ = "SpooledTemporaryFile." + name
    return method


for _name in ("__iter__", "flush", "isatty", "read", "read1", "readinto", "readline",
              "readlines", "readable", "seek", "seekable", "tell", "writable"):
    setattr(SpooledTemporaryFile, _name, _delegate(_name))
for _name in ("closed", "encoding", "errors", "newlines"):
    setattr(SpooledTemporaryFile, _name,
            property(lambda self, _attr=_name: getattr(self._file, _attr)))
del _name


class TemporaryDirectory:
    """A temporary directory, removed with its contents on cleanup() or leaving `with`."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def cleanup(self):
        if not self._removed and _os.path.exists(self.name):
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._removed = True

    def __enter__(self):
        return self.name

    def __exit__(self, *exc_info):
        self.cleanup()
