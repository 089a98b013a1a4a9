"""pathlib for pyseal: object-oriented POSIX paths.

PurePath/PurePosixPath do the path arithmetic; Path/PosixPath add file-system access through
os. Glob patterns ('*', '?', '[seq]' per component, '**' for any depth) match names in
directory order and, as in CPython, do not skip names starting with '.'. The Windows flavours
are not provided.
"""

import fnmatch
import os
import posixpath
import re

# File type bits of st_mode.
_S_IFMT = 0o170000


def S_ISDIR(mode):
    return mode & _S_IFMT == 0o040000


def S_ISREG(mode):
    return mode & _S_IFMT == 0o100000


def S_ISLNK(mode):
    return mode & _S_IFMT == 0o120000


def S_ISSOCK(mode):
    return mode & _S_IFMT == 0o140000


def S_ISBLK(mode):
    return mode & _S_IFMT == 0o060000


def S_ISCHR(mode):
    return mode & _S_IFMT == 0o020000


def S_ISFIFO(mode):
    return mode & _S_IFMT == 0o010000

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _split_parts(args):
    """(root, [parts]) for the joined arguments: later absolute ones restart the path."""
    root = ""
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            text = str(a)
        else:
            text = os.fspath(a)
            if not isinstance(text, str):
                raise TypeError("argument should be a str or an os.PathLike object where "
                                "__fspath__ returns a str, not %r" % type(text).__name__)
        if not text:
            continue
        if text.startswith("/"):
            root = "//" if text.startswith("//") and not text.startswith("///") else "/"
            parts = []
        for piece in text.split("/"):
            if piece and piece != ".":
                parts.append(piece)
    return root, parts


class PurePath:
    """A path without file-system access."""

    __slots__ = ("_root", "_parts", "_str", "_hash")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parsed(*_split_parts(args))

    @classmethod
    def _from_parsed(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = parts
        self._str = None
        self._hash = None
        return self

    def _derive(self, root, parts):
        return type(self)._from_parsed(root, parts)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + "/".join(self._parts)) or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/"
        text = "".join(chr(b) if b in safe else "%%%02X" % b for b in os.fsencode(str(self)))
        return "file://" + text

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def _cmp_parts(self, other):
        if not isinstance(other, PurePath):
            return None
        return [self._root] + self._parts, [other._root] + other._parts

    def __lt__(self, other):
        pair = self._cmp_parts(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._cmp_parts(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._cmp_parts(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._cmp_parts(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    drive = property(lambda self: "")
    root = property(lambda self: self._root)

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._derive(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or suffix and (not suffix.startswith(".") or suffix == "."):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._derive(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative "
                             "and the other is absolute.".format(str(self), str(base)))
        return self._derive("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._derive(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """Whether this path matches the glob-style pattern (from the right, unless the
        pattern is absolute)."""
        pat = type(self)(path_pattern)
        if not pat._parts and not pat._root:
            raise ValueError("empty pattern")
        if pat._root:
            if pat._root != self._root or len(pat._parts) != len(self._parts):
                return False
        elif len(pat._parts) > len(self._parts):
            return False
        for part, p in zip(reversed(self._parts), reversed(pat._parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class _PathParents:
    """The ancestors of a path, as a sequence (nearest first)."""

    __slots__ = ("_path",)

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._parts)

    def __getitem__(self, idx):
        n = len(self._path._parts)
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(n)))
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._path._derive(self._path._root, self._path._parts[:n - 1 - idx])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""
    __slots__ = ()


def _compile_component(pattern):
    return re.compile(fnmatch.translate(pattern)).match


class Path(PurePath):
    """A path with file-system access."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parsed(*_split_parts(args))

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict:
            os.stat(str(self))
        return type(self)(os.path.realpath(str(self)))

    def expanduser(self):
        return type(self)(os.path.expanduser(str(self)))

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self)) if follow_symlinks else os.lstat(str(self))

    def lstat(self):
        return os.lstat(str(self))

    def _mode(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except (OSError, ValueError):
            return None

    def exists(self):
        return self._mode() is not None

    def is_dir(self):
        m = self._mode()
        return m is not None and S_ISDIR(m)

    def is_file(self):
        m = self._mode()
        return m is not None and S_ISREG(m)

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and S_ISLNK(m)

    def is_socket(self):
        m = self._mode()
        return m is not None and S_ISSOCK(m)

    def is_fifo(self):
        m = self._mode()
        return m is not None and S_ISFIFO(m)

    def is_block_device(self):
        m = self._mode()
        return m is not None and S_ISBLK(m)

    def is_char_device(self):
        m = self._mode()
        return m is not None and S_ISCHR(m)

    def is_mount(self):
        return os.path.ismount(str(self)) if hasattr(os.path, "ismount") else False

    def samefile(self, other_path):
        return os.path.samefile(str(self), os.fspath(other_path))

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._derive(self._root, self._parts + [name])

    def _child(self, name):
        return self._derive(self._root, self._parts + [name])

    def glob(self, pattern):
        """The paths under this directory matching pattern, in directory order."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = pat._parts
        if pattern.endswith("/"):
            parts = parts + [""]
        yield from self._select(self, parts, set())

    def rglob(self, pattern):
        """glob() with '**/' in front of the pattern."""
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self.glob("**/" + pattern if pattern else "**")

    def _select(self, base, parts, seen):
        if not parts:
            key = str(base)
            if key not in seen:
                seen.add(key)
                yield base
            return
        head, rest = parts[0], parts[1:]
        if head == "":
            if base.is_dir():
                yield from self._select(base, rest, seen)
            return
        if head == "**":
            for d in self._dirs_below(base):
                yield from self._select(d, rest, seen)
            return
        if not any(c in head for c in "*?["):
            child = base._child(head)
            if rest:
                if child.is_dir():
                    yield from self._select(child, rest, seen)
            elif child.exists() or os.path.lexists(str(child)):
                yield from self._select(child, rest, seen)
            return
        match = _compile_component(head)
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            if match(name):
                child = base._child(name)
                if rest and not child.is_dir():
                    continue
                yield from self._select(child, rest, seen)

    def _dirs_below(self, base):
        """base, then every directory below it, each before its subdirectories."""
        yield base
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            child = base._child(name)
            if child.is_dir() and not child.is_symlink():
                yield from self._dirs_below(child)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        if "b" not in mode:
            return open(str(self), mode, buffering, encoding, errors, newline)
        return open(str(self), mode, buffering)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return type(self)(os.readlink(str(self)))

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            return
        with open(str(self), "a"):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(os.fspath(target), str(self))

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass


class PosixPath(Path, PurePosixPath):
    """A Path with POSIX semantics."""
    __slots__ = ()
