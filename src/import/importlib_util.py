"""importlib.util for pyseal: module specs, to ask whether a module can be imported and to
load a source file by path."""

import sys
import _imp

__all__ = ['find_spec', 'module_from_spec', 'resolve_name', 'spec_from_file_location',
           'ModuleSpec', 'MAGIC_NUMBER']

MAGIC_NUMBER = b'\xa7\r\r\n'


class SourceFileLoader:
    """Loads a module from a Python source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def create_module(self, spec):
        return None

    def get_filename(self, fullname=None):
        return self.path

    def get_source(self, fullname=None):
        with open(self.path, encoding='utf-8') as f:
            return f.read()

    def exec_module(self, module):
        code = compile(self.get_source(), self.path, 'exec')
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        spec = spec_from_file_location(fullname or self.name, self.path, loader=self)
        module = module_from_spec(spec)
        sys.modules[spec.name] = module
        self.exec_module(module)
        return sys.modules[spec.name]


class BuiltinImporter:
    """Stands for the modules built into pyseal (native or embedded)."""

    def __repr__(self):
        return "<class '_frozen_importlib.BuiltinImporter'>"

    def create_module(self, spec):
        __import__(spec.name)
        return sys.modules[spec.name]

    def exec_module(self, module):
        pass


class ModuleSpec:
    """What the import system knows about a module before loading it."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        parts = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            parts.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            parts.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f"ModuleSpec({', '.join(parts)})"

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for loading the source file at location as module name."""
    if location is None:
        return None
    location = _fspath(location)
    if not location.startswith('/'):
        import os
        location = os.path.join(os.getcwd(), location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif location.endswith('/__init__.py'):
        spec.submodule_search_locations = [location.rpartition('/')[0]]
    return spec


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
        spec = ModuleSpec(name, None, is_package=True)
        spec.submodule_search_locations = where[2]
        return spec
    if origin == 'built-in':
        spec = ModuleSpec(name, BuiltinImporter(), origin='built-in', is_package=is_pkg)
        return spec
    spec = spec_from_file_location(name, origin)
    return spec


def _fspath(p):
    if isinstance(p, str):
        return p
    fspath = getattr(type(p), '__fspath__', None)
    if fspath is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')
    return fspath(p)
