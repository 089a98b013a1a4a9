"""importlib.util for pyseal: module specs, to ask whether a module can be imported and to
load a source file by path."""

import sys
import _imp

__all__ = ['find_spec', 'module_from_spec', 'resolve_name', 'spec_from_file_location',
           'ModuleSpec', 'MAGIC_NUMBER']

MAGIC_NUMBER = b'\xa7\r\r\n'


from _frozen_importlib import ModuleSpec, BuiltinImporter, SourceFileLoader  # noqa: E402
from _frozen_importlib import _spec_from_file, _builtin_spec, _namespace_spec


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for loading the source file at location as module name."""
    if location is None:
        return None
    location = _fspath(location)
    if not location.startswith('/'):
        import os
        location = os.path.join(os.getcwd(), location)
    if loader is None and not location.endswith('.py'):
        return None
    return _spec_from_file(name, location, loader, submodule_search_locations)


def module_from_spec(spec):
    """A new module for spec, with its import attributes set; the loader runs it later."""
    module = None
    create = getattr(spec.loader, 'create_module', None)
    if create is not None:
        module = create(spec)
    if module is None:
        module = type(sys)(spec.name)
        module.__spec__ = spec
        module.__loader__ = spec.loader
        module.__package__ = spec.parent
        if spec.has_location:
            module.__file__ = spec.origin
        if spec.submodule_search_locations is not None:
            module.__path__ = spec.submodule_search_locations
    return module


def resolve_name(name, package):
    """The absolute name of a module name that may be relative to package."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} '
                          '(required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    rest = name[level:]
    return f'{bits[0]}.{rest}' if rest else bits[0]


def find_spec(name, package=None):
    """The spec of the module name would import, or None when there is none. The parent
    package of a dotted name is imported to search it, as CPython does."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    module = sys.modules.get(fullname)
    if module is not None:
        spec = getattr(module, '__spec__', None)
        if spec is not None:
            return spec
        return _spec_for(fullname, _imp.locate(fullname))
    parent = fullname.rpartition('.')[0]
    if parent:
        pkg = __import__(parent, fromlist=['__path__'])
        if not hasattr(pkg, '__path__'):
            raise ModuleNotFoundError(
                f'__path__ attribute not found on {parent!r} while trying to find '
                f'{fullname!r}', name=fullname)
    return _spec_for(fullname, _imp.locate(fullname))


def _spec_for(name, where):
    if where is None:
        return None
    origin, is_pkg = where[:2]
    if origin is None:
        return _namespace_spec(name, where[2])
    if origin == 'built-in':
        return _builtin_spec(name, is_pkg)
    return spec_from_file_location(name, origin)


def _fspath(p):
    if isinstance(p, str):
        return p
    fspath = getattr(type(p), '__fspath__', None)
    if fspath is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')
    return fspath(p)
