"""importlib for pyseal: the import system's Python face.

import_module and reload work as CPython's do, except that a reloaded module is a new module
object (a sealed namespace cannot be run again in place); invalidate_caches has nothing to
clear. importlib.util (find_spec, spec_from_file_location, module_from_spec) is imported with
this package, as it is in CPython.
"""

import sys
import _imp

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__


def _resolve_name(name, package, level):
    """The absolute name of a relative import of name (level dots) from package."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module by name ('a.b', or '.b' relative to package) and return it (the
    leaf module, not the top-level package as __import__ does)."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        level = len(name) - len(name.lstrip('.'))
    rest = name[level:]
    full = _resolve_name(rest, package, level) if level else rest
    if level and package not in sys.modules:
        __import__(package)
    __import__(full)
    return sys.modules[full]


def reload(module):
    """Run a module's source again and return the module it makes."""
    return _imp.reload(module)


def invalidate_caches():
    """Nothing is cached between lookups on sys.path, so nothing needs clearing."""


from importlib import util  # noqa: E402  (after the functions util imports from here)
