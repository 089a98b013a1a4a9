# A name imported from a module that is still running its top-level code: the ImportError
# says the module is partially initialized. Once the import failed, the modules are gone.
import sys

try:
    import circfrom_pkg.left
except ImportError as e:
    print("ImportError:", str(e).replace(sys.path[0], "<dir>"))
    print("name:", e.name)
print(sorted(m for m in sys.modules if m.startswith("circfrom_pkg")))

# A cycle that works: the name exists before the other module asks for it.
import circfrom_pkg.early
print(circfrom_pkg.early.LATE)

# The same missing name from a module that finished: no mention of a cycle.
try:
    from circfrom_pkg.early import NOPE
except ImportError as e:
    print("ImportError:", str(e).replace(sys.path[0], "<dir>"))
