"""linecache for pyseal: lines of source files, read once and cached."""

__all__ = ['getline', 'clearcache', 'checkcache', 'getlines', 'updatecache', 'lazycache']

cache = {}


def getline(filename, lineno, module_globals=None):
    """Line lineno (from 1) of the file, with its newline; '' past the end or on errors."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    cache.clear()


def getlines(filename, module_globals=None):
    """All lines of the file, read on first use; [] if it cannot be read."""
    entry = cache.get(filename)
    # a 1-tuple is a lazy entry (nothing read yet)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        lines = updatecache(filename, module_globals)
    except MemoryError:
        clearcache()   # drop everything cached rather than fail
        lines = []
    return lines


def checkcache(filename=None):
    """Drops cached files that changed on disk (or all of them)."""
    import os
    for name in [filename] if filename is not None else list(cache):
        entry = cache.get(name)
        if entry is None or len(entry) == 1 or entry[1] is None:
            continue   # not cached, lazy, or not from a file: nothing to compare
        size, mtime, _, fullname = entry
        try:
            now = os.stat(fullname)
        except OSError:
            changed = True
        else:
            changed = (now.st_size, now.st_mtime) != (size, mtime)
        if changed:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    import os
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        stat = os.stat(filename)
        with open(filename, encoding='utf-8', errors='replace') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = stat.st_size, stat.st_mtime, lines, filename
    return lines


def lazycache(filename, module_globals):
    return False
