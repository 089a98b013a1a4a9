"""glob for pyseal: path names matching shell wildcards.

Each component of the pattern is matched against a directory listing (in os.listdir order);
names starting with '.' only match components that start with '.' (unless include_hidden).
With recursive=True a '**' component matches any number of directories.
"""

import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]

_MAGIC = re.compile("[*?[]")
_MAGIC_BYTES = re.compile(b"[*?[]")


def has_magic(s):
    """Whether s holds wildcard characters."""
    pattern = _MAGIC_BYTES if isinstance(s, bytes) else _MAGIC
    return pattern.search(s) is not None


def escape(pathname):
    """pathname with each wildcard character made literal ('[*]')."""
    if isinstance(pathname, bytes):
        return re.sub(b"([*?[])", br"[\1]", pathname)
    return re.sub("([*?[])", r"[\1]", pathname)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching pathname, as a list."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching pathname, one at a time."""
    pathname = os.fspath(pathname)
    root = os.fspath(root_dir) if root_dir is not None else None
    results = _expand(pathname, root, recursive, include_hidden, dirs_only=False)
    if not pathname:
        return iter([])
    first = pathname.split(os.sep, 1)[0]
    if recursive and first == "**":
        # A leading '**' does not also yield the (empty) starting point.
        return (p for p in results if p)
    return iter(results)


def _on_disk(root, path):
    if root is None:
        return path
    return os.path.join(root, path)


def _hidden(name):
    return name[:1] in (".", b".")


def _listing(root, directory, dirs_only):
    try:
        names = os.listdir(_on_disk(root, directory) or os.curdir)
    except OSError:
        return []
    if dirs_only:
        names = [n for n in names if os.path.isdir(_on_disk(root, os.path.join(directory, n)))]
    return names


def _walk_all(root, directory, dirs_only, include_hidden):
    """Every path below directory (relative to it), each directory before its contents."""
    for name in _listing(root, directory, dirs_only):
        if _hidden(name) and not include_hidden:
            continue
        yield name
        sub = os.path.join(directory, name)
        if os.path.isdir(_on_disk(root, sub)):
            for deeper in _walk_all(root, sub, dirs_only, include_hidden):
                yield os.path.join(name, deeper)


def _expand(pattern, root, recursive, include_hidden, dirs_only):
    head, tail = os.path.split(pattern)
    if not has_magic(pattern):
        target = _on_disk(root, pattern)
        if tail:
            found = os.path.lexists(target)
        else:
            found = os.path.isdir(target or os.curdir)
        return [pattern] if found else []
    if head and head != pattern and has_magic(head):
        bases = _expand(head, root, recursive, include_hidden, dirs_only=True)
    else:
        bases = [head]
    out = []
    for base in bases:
        if recursive and tail in ("**", b"**"):
            out.append(os.path.join(base, tail[:0]))
            for rel in _walk_all(root, base, dirs_only, include_hidden):
                out.append(os.path.join(base, rel))
        elif has_magic(tail):
            names = _listing(root, base, dirs_only)
            if not (include_hidden or _hidden(tail)):
                names = [n for n in names if not _hidden(n)]
            for name in fnmatch.filter(names, tail):
                out.append(os.path.join(base, name))
        else:
            path = os.path.join(base, tail)
            target = _on_disk(root, path)
            if (os.path.lexists(target) if tail else os.path.isdir(target or os.curdir)):
                out.append(path)
    return out
