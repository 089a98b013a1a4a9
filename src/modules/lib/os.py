"""Operating-system interfaces for pyseal (POSIX only).

The system calls live in the native _os module; this module adds what CPython's os adds in
Python: stat_result, the environ mapping, makedirs/removedirs, walk, and os.path (which is
posixpath, also importable as 'os.path').
"""

import abc as _abc
import builtins as _builtins
import stat as _stat
import sys
import _os
from _os import (getcwd, getcwdb, chdir, listdir, mkdir, rmdir, remove, unlink, rename,
                 replace, chmod, readlink, symlink, getpid, getppid, cpu_count, urandom,
                 strerror, fspath, _exit, link, truncate, getloadavg, umask)
from _os import open, close, read, write, lseek, fsync, isatty, ftruncate
from _structseq import structseq as _structseq
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError

# Flags of os.open (Linux's values).
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_ACCMODE = 3
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_NDELAY = O_NONBLOCK
O_DSYNC = 0o10000
O_SYNC = 0o4010000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000

# Exit statuses from <sysexits.h>.
EX_OK = 0
EX_USAGE = 64
EX_DATAERR = 65
EX_NOINPUT = 66
EX_NOUSER = 67
EX_NOHOST = 68
EX_UNAVAILABLE = 69
EX_SOFTWARE = 70
EX_OSERR = 71
EX_OSFILE = 72
EX_CANTCREAT = 73
EX_IOERR = 74
EX_TEMPFAIL = 75
EX_PROTOCOL = 76
EX_NOPERM = 77
EX_CONFIG = 78

supports_bytes_environ = True


# ---- stat ---------------------------------------------------------------------------------

stat_result = _structseq(
    'os.stat_result',
    ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
     None, None, None],
    ['st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
     'st_blksize', 'st_blocks', 'st_rdev'],
    labels=['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
            'st_atime', 'st_mtime', 'st_ctime'],
    fallback={'st_atime': 7, 'st_mtime': 8, 'st_ctime': 9},
)


uname_result = _structseq(
    'posix.uname_result', ['sysname', 'nodename', 'release', 'version', 'machine'])


def uname():
    """(sysname, nodename, release, version, machine) of this system."""
    return uname_result(_os.uname())


times_result = _structseq(
    'posix.times_result', ['user', 'system', 'children_user', 'children_system', 'elapsed'])


def times():
    """(user, system, children_user, children_system, elapsed) times in seconds."""
    return times_result(_os.times())


def get_exec_path(env=None):
    """The directories a program name would be looked up in (PATH, else the default)."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def fstat(fd):
    """Information about the file open as descriptor fd."""
    return _stat_result(_os.fstat(fd))


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object for descriptor fd (which the file object then owns)."""
    if not isinstance(fd, int):
        raise TypeError(f"invalid fd type ({type(fd)}, expected integer)")
    return _builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


terminal_size = _structseq('os.terminal_size', ['columns', 'lines'])


def get_terminal_size(fd=1):
    """The size of the terminal on descriptor fd; OSError when fd is not a terminal."""
    if not isatty(fd):
        raise OSError(25, 'Inappropriate ioctl for device')
    columns = lines = 0
    try:
        columns = int(environ.get('COLUMNS', 0))
        lines = int(environ.get('LINES', 0))
    except ValueError:
        pass
    return terminal_size((columns if columns > 0 else 80, lines if lines > 0 else 24))


def _ids():
    """(real uid, effective uid, real gid, effective gid) of this process."""
    uid = euid = gid = egid = 0
    try:
        with _builtins.open('/proc/self/status') as f:
            for line in f:
                if line.startswith('Uid:'):
                    uid, euid = (int(x) for x in line.split()[1:3])
                elif line.startswith('Gid:'):
                    gid, egid = (int(x) for x in line.split()[1:3])
    except OSError:
        pass
    return uid, euid, gid, egid


def getuid():
    return _ids()[0]


def geteuid():
    return _ids()[1]


def getgid():
    return _ids()[2]


def getegid():
    return _ids()[3]


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Whether the real user may access path with mode (F_OK, or R_OK|W_OK|X_OK)."""
    try:
        st = stat(path, follow_symlinks=follow_symlinks)
    except OSError:
        return False
    if mode == F_OK:
        return True
    uid, _, gid, _ = _ids()
    if uid == 0:
        # root reads and writes anything, and executes what anyone may execute.
        return not (mode & X_OK) or bool(st.st_mode & 0o111) or _stat.S_ISDIR(st.st_mode)
    if st.st_uid == uid:
        bits = (st.st_mode >> 6) & 7
    elif st.st_gid == gid:
        bits = (st.st_mode >> 3) & 7
    else:
        bits = st.st_mode & 7
    return bits & mode == mode


def _stat_result(raw):
    mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime, blksize, blocks, rdev = raw
    times = (atime, mtime, ctime)
    return stat_result(
        (mode, ino, dev, nlink, uid, gid, size)
        + tuple(sec for sec, ns in times)
        + tuple(sec + ns * 1e-9 for sec, ns in times)
        + tuple(sec * 1000000000 + ns for sec, ns in times)
        + (blksize, blocks, rdev))


def _time_ns(t):
    """Seconds (int or float) as whole nanoseconds, rounded down as CPython rounds them."""
    if isinstance(t, float):
        whole = t // 1
        return int(whole) * 1_000_000_000 + int((t - whole) * 1e9)
    if not hasattr(type(t), "__index__"):
        raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
    return type(t).__index__(t) * 1_000_000_000


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modified times of path: (atime, mtime) in seconds, ns=(atime_ns,
    mtime_ns), or now when neither is given."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        atime, mtime = _time_ns(times[0]), _time_ns(times[1])
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        atime, mtime = ns
    else:
        atime = mtime = None
    _os.utime(path, atime, mtime)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Information about path (following a final symlink unless follow_symlinks is false)."""
    if follow_symlinks:
        return _stat_result(_os.stat(path))
    return _stat_result(_os.lstat(path))


def lstat(path, *, dir_fd=None):
    """Information about path itself, even when it is a symlink."""
    return _stat_result(_os.lstat(path))


class DirEntry:
    """One entry of a directory listing from scandir()."""

    def __init__(self, directory, name):
        self.name = name
        if isinstance(directory, bytes):
            self.path = directory.rstrip(b"/") + b"/" + name if directory else name
        else:
            self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000


class _ScandirIterator:
    """The iterator scandir() returns; also a context manager."""

    def __init__(self, directory):
        self._dir = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dir, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path="."):
    """An iterator of DirEntry objects for the entries of the directory path."""
    if path is None:
        path = "."
    directory = fspath(path)
    return _ScandirIterator(directory)


class PathLike(_abc.ABC):
    """Abstract base class of objects with a file-system path (__fspath__)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is not PathLike:
            return NotImplemented
        for klass in subclass.__mro__:
            if '__fspath__' in klass.__dict__:
                return klass.__dict__['__fspath__'] is not None or NotImplemented
        return NotImplemented


# ---- environment --------------------------------------------------------------------------

def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ:
    """os.environ: a mapping of str to str, starting as the process environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._data[_check_str(key)] = _check_str(value)

    def __delitem__(self, key):
        try:
            del self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return _check_str(key) in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __repr__(self):
        items = ', '.join('%r: %r' % (k, v) for k, v in self._data.items())
        return 'environ({%s})' % items

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        merged = dict(self._data)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        merged = dict(other)
        merged.update(self._data)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    _missing = object()

    def pop(self, key, default=_missing):
        try:
            value = self[key]
        except KeyError:
            if default is self._missing:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self._data))
        except StopIteration:
            raise KeyError from None
        value = self._data.pop(key)
        return key, value

    def clear(self):
        self._data.clear()

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value


environ = _Environ(_os.environ_snapshot())


def _env_text(value):
    # Names and values are converted as paths are (str, bytes or os.PathLike).
    value = fspath(value)
    if isinstance(value, bytes):
        value = fsdecode(value)
    if '\0' in value:
        raise ValueError("embedded null byte")
    return value


def putenv(name, value):
    """Sets an environment variable for the processes this one would start.

    pyseal starts no processes, and os.environ (which putenv does not change, as in CPython)
    is what this program reads, so only the arguments are checked, as setenv(3) checks them.
    """
    name = _env_text(name)
    _env_text(value)
    if '=' in name:
        raise ValueError("illegal environment variable name")
    if not name:
        raise OSError(22, strerror(22))


def unsetenv(name):
    """Removes an environment variable for the processes this one would start (see putenv)."""
    name = _env_text(name)
    if not name or '=' in name:
        raise OSError(22, strerror(22))


supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = set()
supports_follow_symlinks = {stat}


def getenv(key, default=None):
    """environ[key], or default when key is not set."""
    return environ.get(key, default)


def fsencode(filename):
    """filename as bytes (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """filename as str (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# ---- directory trees ----------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """Creates name and every missing parent directory."""
    parent, leaf = _split_dir(name)
    if parent and leaf and not path.exists(parent):
        try:
            makedirs(parent, exist_ok=exist_ok)
        except FileExistsError:
            pass  # made by someone else in the meantime: fine
        # 'a/b/.' is complete once 'a/b' exists.
        if leaf == (curdir.encode('ascii') if isinstance(leaf, bytes) else curdir):
            return
    try:
        mkdir(name, mode)
    except OSError:
        if exist_ok and path.isdir(name):
            return
        raise


def _split_dir(name):
    """(parent, last component) of a directory path; a trailing separator is ignored."""
    parent, leaf = path.split(name)
    return path.split(parent) if not leaf else (parent, leaf)


def renames(old, new):
    """Renames old to new, making the directories new needs and removing the ones old
    leaves empty."""
    target_dir, target_leaf = path.split(new)
    if target_dir and target_leaf and not path.exists(target_dir):
        makedirs(target_dir)
    rename(old, new)
    source_dir, source_leaf = path.split(old)
    if source_dir and source_leaf:
        try:
            removedirs(source_dir)
        except OSError:
            pass  # not empty, or not ours to remove


def removedirs(name):
    """Removes the directory name, then each parent that becomes empty."""
    rmdir(name)
    parent, leaf = _split_dir(name)
    while parent and leaf:
        try:
            rmdir(parent)
        except OSError:
            return
        parent, leaf = path.split(parent)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for top and every directory below it.

    Top-down, the caller may prune dirnames in place to skip subtrees.
    """
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    below = []
    for entry in names:
        full = path.join(top, entry)
        if path.isdir(full):
            dirs.append(entry)
            if not topdown and (followlinks or not path.islink(full)):
                below.append(full)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
        for entry in dirs:
            full = path.join(top, entry)
            if followlinks or not path.islink(full):
                yield from walk(full, topdown, onerror, followlinks)
    else:
        for full in below:
            yield from walk(full, topdown, onerror, followlinks)
        yield top, dirs, nondirs
