# __spec__, __loader__ and importlib.util.find_spec for script, package, module and built-ins.
import importlib
import importlib.util
import sys

print("main spec:", __spec__, sys.modules["__main__"].__spec__)
print("main package:", __package__)

import specs_pkg.leaf
import specs_pkg.inner.deep
from specs_pkg import inner

for entry in specs_pkg.SEEN:
    print("seen:", entry)

leaf = specs_pkg.leaf
print(leaf.LOADER_KIND, leaf.SPEC_FILE_MATCHES, leaf.CACHED_TAIL)
print("inner search:", inner.SEARCH)

for mod in (specs_pkg, leaf, inner, specs_pkg.inner.deep):
    spec = mod.__spec__
    print(mod.__name__, "->", spec.name, repr(spec.parent), spec.has_location,
          spec.submodule_search_locations is not None, spec.loader is mod.__loader__,
          type(spec).__name__, spec.origin.rsplit("/", 1)[-1])
    print("   loader:", type(mod.__loader__).__module__, mod.__loader__.name,
          mod.__loader__.get_filename() == mod.__file__)

print(sorted(n for n in vars(leaf) if n.startswith("__")))
print(sorted(n for n in dir(specs_pkg) if n.startswith("__")))

# find_spec agrees with what was imported, and finds what was not yet imported.
print(importlib.util.find_spec("specs_pkg.leaf") == leaf.__spec__)
print(importlib.util.find_spec("specs_pkg.nothing_here"))
print(importlib.util.find_spec("no_such_module_anywhere"))
print(importlib.util.find_spec(".deep", "specs_pkg.inner").name)
try:
    importlib.util.find_spec("specs_pkg.leaf.sub")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

# Built-in modules: their spec names them; the importer is the loader.
for name in ("sys", "math"):
    mod = importlib.import_module(name)
    print(name, mod.__spec__.name, mod.__spec__.parent == "", mod.__loader__ is mod.__spec__.loader)
print(sys.__spec__.origin, sys.__loader__)

# A module made from a spec.
spec = importlib.util.spec_from_file_location("copy_of_leaf", leaf.__file__)
fresh = importlib.util.module_from_spec(spec)
print(fresh.__name__, fresh.__spec__ is spec, fresh.__loader__ is spec.loader, fresh.__package__)
try:
    spec.loader.exec_module(fresh)
except ImportError as e:
    print("ImportError:", e)

# reload keeps a spec.
again = importlib.reload(specs_pkg.inner.deep)
print(again.__spec__.name, specs_pkg.SEEN[-1])

# A module built by hand has none.
import types
m = types.ModuleType("by_hand")
print(m.__spec__, m.__loader__, m.__package__)
