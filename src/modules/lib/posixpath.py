"""Path manipulation for POSIX systems: os.path in pyseal.

Every function takes str, bytes or an os.PathLike and answers in the same kind (str or
bytes) as its argument. The queries that touch the file system (exists, isdir, getsize,
...) go through os.stat.
"""

import _os

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
           "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
           "islink", "exists", "lexists", "isdir", "isfile", "expanduser", "expandvars",
           "normpath", "abspath", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "relpath", "commonpath", "ismount", "samestat"]

sep, altsep, pathsep, extsep = '/', None, ':', '.'
curdir, pardir = '.', '..'
defpath, devnull = '/bin:/usr/bin', '/dev/null'

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p):
    return _os.fspath(p)


def _seps(p):
    """The separator, dot and empty string of p's kind (str or bytes)."""
    if isinstance(p, bytes):
        return b'/', b'.', b''
    return '/', '.', ''


def _check_arg_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


# ---- pure string operations ----------------------------------------------------------------

def normcase(s):
    """Case normalisation: nothing to do on POSIX."""
    return _fspath(s)


def isabs(s):
    """Whether s starts at the root."""
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Joins components with '/', restarting at any absolute component."""
    a = _fspath(a)
    s = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + s
        for b in map(_fspath, p):
            if b.startswith(s):
                path = b
            elif not path or path.endswith(s):
                path += b
            else:
                path += s + b
    except (TypeError, AttributeError):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """(head, tail): tail is what follows the last '/', head keeps no trailing '/' unless
    it is all slashes."""
    p = _fspath(p)
    s = _seps(p)[0]
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    """(root, ext): ext starts at the last dot of the last component, unless that
    component is only dots before it (a leading-dot name like '.bashrc' has no ext)."""
    p = _fspath(p)
    s, dot, empty = _seps(p)
    last_sep = p.rfind(s)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        for i in range(last_sep + 1, last_dot):
            if p[i:i + 1] != dot:
                return p[:last_dot], p[last_dot:]
    return p, empty


def splitdrive(p):
    """('', p): POSIX paths have no drive."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """The final component of p."""
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    """Everything before the final component of p."""
    return split(p)[0]


def commonprefix(m):
    """The longest string that starts every item of m."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def normpath(path):
    """Collapses redundant separators and '.' and resolves '..' lexically."""
    path = _fspath(path)
    s, dot, empty = _seps(path)
    dotdot = dot * 2
    if path == empty:
        return dot
    # One or two leading slashes are kept as written (POSIX gives '//' a meaning of its
    # own); three or more mean the root.
    leading = 0
    if path.startswith(s):
        leading = 2 if path.startswith(s * 2) and not path.startswith(s * 3) else 1
    parts = []
    for comp in path.split(s):
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not leading and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = s * leading + s.join(parts)
    return result or dot


def abspath(path):
    """An absolute, normalised form of path."""
    path = _fspath(path)
    if not isabs(path):
        cwd = _os.getcwdb() if isinstance(path, bytes) else _os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def relpath(path, start=None):
    """path relative to start (default: the current directory)."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    s, dot, empty = _seps(path)
    if start is None:
        start = dot
    else:
        start = _fspath(start)
    try:
        start_parts = [x for x in abspath(start).split(s) if x]
        path_parts = [x for x in abspath(path).split(s) if x]
        common = len(commonprefix([start_parts, path_parts]))
        rel = [dot * 2] * (len(start_parts) - common) + path_parts[common:]
        if not rel:
            return dot
        return join(*rel)
    except (TypeError, AttributeError):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest common sub-path of every path in paths."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    s, dot, empty = _seps(paths[0])
    try:
        split_paths = [path.split(s) for path in paths]
        try:
            isabs_flag, = set(p[:1] == s for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in parts if c and c != dot] for parts in split_paths]
        lo = min(split_paths)
        hi = max(split_paths)
        common = lo
        for i, c in enumerate(lo):
            if c != hi[i]:
                common = lo[:i]
                break
        prefix = s if isabs_flag else s[:0]
        return prefix + s.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


# ---- environment -------------------------------------------------------------------------

def _home_of(user):
    """The home directory /etc/passwd gives user, or None."""
    try:
        with open('/etc/passwd', encoding='utf-8', errors='replace') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 7 and fields[0] == user:
                    return fields[5]
    except OSError:
        pass
    return None


def expanduser(path):
    """Replaces a leading '~' or '~user' with that user's home directory."""
    path = _fspath(path)
    s = _seps(path)[0]
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    i = path.find(s, 1)
    if i < 0:
        i = len(path)
    import os
    if i == 1:
        home = os.environ.get('HOME')
        if home is None:
            return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode('utf-8', 'surrogateescape')
        home = _home_of(name)
        if home is None:
            return path
    if isinstance(path, bytes):
        home = home.encode('utf-8', 'surrogateescape')
    home = home.rstrip(s)
    return (home + path[i:]) or s


def _is_word(ch):
    return ch.isalnum() and ch.isascii() or ch == '_'


def expandvars(path):
    """Replaces $name and ${name} with environment values; unknown names stay as they are."""
    path = _fspath(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode('utf-8', 'surrogateescape') if is_bytes else path
    if '$' not in text:
        return path
    import os
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != '$':
            out.append(ch)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            end = text.find('}', i + 2)
            if end < 0:
                out.append(ch)
                i += 1
                continue
            name = text[i + 2:end]
            whole = text[i:end + 1]
            nxt = end + 1
        else:
            j = i + 1
            while j < n and _is_word(text[j]):
                j += 1
            if j == i + 1:
                out.append(ch)
                i += 1
                continue
            name = text[i + 1:j]
            whole = text[i:j]
            nxt = j
        value = os.environ.get(name)
        out.append(whole if value is None else value)
        i = nxt
    result = ''.join(out)
    return result.encode('utf-8', 'surrogateescape') if is_bytes else result


# ---- file system queries -----------------------------------------------------------------

def _mode(path, follow=True):
    """The st_mode of path, or None when it cannot be stat'ed."""
    try:
        return _os.stat(path)[0] if follow else _os.lstat(path)[0]
    except (OSError, ValueError):
        return None


def exists(path):
    """Whether path names an existing file (broken symlinks do not count)."""
    return _mode(path) is not None


def lexists(path):
    """Whether path exists, counting broken symlinks."""
    return _mode(path, False) is not None


def isdir(s):
    """Whether s is an existing directory (following symlinks)."""
    m = _mode(s)
    return m is not None and m & _S_IFMT == _S_IFDIR


def isfile(path):
    """Whether path is an existing regular file (following symlinks)."""
    m = _mode(path)
    return m is not None and m & _S_IFMT == _S_IFREG


def islink(path):
    """Whether path is a symbolic link."""
    m = _mode(path, False)
    return m is not None and m & _S_IFMT == _S_IFLNK


def getsize(filename):
    """The size of filename in bytes."""
    return _os.stat(filename)[6]


def _time(st, index):
    seconds, nanos = st[index]
    return seconds + nanos * 1e-9


def getatime(filename):
    """The last access time of filename, in seconds since the epoch."""
    return _time(_os.stat(filename), 7)


def getmtime(filename):
    """The last modification time of filename, in seconds since the epoch."""
    return _time(_os.stat(filename), 8)


def getctime(filename):
    """The metadata change time of filename, in seconds since the epoch."""
    return _time(_os.stat(filename), 9)


def samefile(f1, f2):
    """Whether f1 and f2 name the same file."""
    s1 = _os.stat(f1)
    s2 = _os.stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def ismount(path):
    """Whether path is a mount point: a directory on another device than its parent, or the
    root (its own parent)."""
    path = _fspath(path)
    try:
        st = _os.lstat(path)
    except (OSError, ValueError):
        return False
    if st[0] & _S_IFMT == _S_IFLNK:
        return False
    sep, _, _ = _seps(path)
    parent = join(path, sep[:0] + (b'..' if isinstance(path, bytes) else '..'))
    try:
        up = _os.lstat(parent)
    except (OSError, ValueError):
        return False
    return st[2] != up[2] or st[1] == up[1]


def realpath(filename, *, strict=False):
    """The canonical path of filename: absolute, with every symlink resolved."""
    filename = _fspath(filename)
    path, ok = _resolve(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    """Joins rest onto the already-resolved path, following symlinks; ok is False when a
    symlink loop stopped the walk (the rest is then appended unresolved)."""
    s, dot, empty = _seps(rest)
    if isabs(rest):
        rest = rest[1:]
        path = s
    while rest:
        name, _, rest = rest.partition(s)
        if not name or name == dot:
            continue
        if name == dot * 2:
            if path:
                path, tail = split(path)
                if tail == dot * 2:
                    path = join(path, dot * 2, dot * 2)
            else:
                path = dot * 2
            continue
        newpath = join(path, name)
        try:
            is_link = islink(newpath) if not strict else (
                _os.lstat(newpath)[0] & _S_IFMT == _S_IFLNK)
        except OSError:
            if strict:
                raise
            is_link = False
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            known = seen[newpath]
            if known is not None:
                path = known
                continue
            if strict:
                _os.stat(newpath)
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, _os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True
