"""_frozen_importlib for pyseal: module specs and loaders, the objects that `__spec__` and
`__loader__` of a module are. Kept apart from importlib so that importing a source module
costs only these few classes."""

import sys


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
                and self.submodule_search_locations == other.submodule_search_locations
                and self.cached == other.cached and self.has_location == other.has_location)


class BuiltinImporter:
    """The loader of the modules built into pyseal (native or embedded); as in CPython, the
    class itself is the loader."""

    @classmethod
    def create_module(cls, spec):
        __import__(spec.name)
        return sys.modules[spec.name]

    @classmethod
    def exec_module(cls, module):
        pass


class SourceFileLoader:
    """Loads a module from a Python source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and self.name == other.name
                and self.path == other.path)

    def create_module(self, spec):
        return None

    def get_filename(self, fullname=None):
        return self.path

    def is_package(self, fullname=None):
        return self.path.rpartition('/')[2].rpartition('.')[0] == '__init__'

    def get_source(self, fullname=None):
        with open(self.path, encoding='utf-8') as f:
            return f.read()

    def exec_module(self, module):
        exec(compile(self.get_source(), self.path, 'exec'), module.__dict__)


SourceFileLoader.__module__ = '_frozen_importlib_external'


def _cache_path(path):
    """Where CPython would keep the compiled form of source file path."""
    head, _, tail = path.rpartition('/')
    stem = tail.rpartition('.')[0] if '.' in tail else tail
    return f'{head}/__pycache__/{stem}.cpython-311.pyc'


def _spec_from_file(name, location, loader=None, submodule_search_locations=None):
    """The spec of source file location (absolute) loaded as module name."""
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if location.endswith('.py'):
        spec.cached = _cache_path(location)
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif location.endswith('/__init__.py'):
        spec.submodule_search_locations = [location.rpartition('/')[0]]
    return spec


def _builtin_spec(name, is_package):
    """The spec of a module built into pyseal."""
    return ModuleSpec(name, BuiltinImporter, origin='built-in', is_package=is_package)


def _namespace_spec(name, portions):
    """The spec of a namespace package: no loader's file, its directories."""
    spec = ModuleSpec(name, None, is_package=True)
    spec.submodule_search_locations = list(portions)
    return spec
