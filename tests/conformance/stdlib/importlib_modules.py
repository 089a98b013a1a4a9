# importlib: import_module (absolute, relative, errors), find_spec, loading a file by path,
# and reload.
import sys
import importlib
import importlib.util

print(sorted(importlib.__all__))
print(importlib.util is sys.modules["importlib.util"])

# import_module returns the leaf module, unlike __import__.
m = importlib.import_module("importlib_pkg.tools")
print(m.__name__, m.shout("hi"))
print(__import__("importlib_pkg.tools").__name__)
inner = importlib.import_module(".inner", "importlib_pkg")
print(inner.__name__, inner.depth())
deep = importlib.import_module("..inner.deep", "importlib_pkg.tools")
print(deep.__name__, deep is inner.deep)
print(importlib.import_module("math").sqrt(16.0))
print(importlib.import_module("importlib_pkg") is sys.modules["importlib_pkg"])

for args in [(".tools",), (".tools", ""), ("...x", "importlib_pkg"), ("no_such_mod_xyz",),
             ("importlib_pkg.missing",), ("math.sub",), ("",)]:
    try:
        importlib.import_module(*args)
        print(args, "imported")
    except (ImportError, TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
        if isinstance(e, ModuleNotFoundError):
            print("  name:", e.name)

# find_spec: None for a missing module, a spec otherwise.
util = importlib.util
print(util.find_spec("no_such_mod_xyz"))
print(util.find_spec("importlib_pkg.nothing_here"))
for name in ["importlib_pkg", "importlib_pkg.tools", "importlib_pkg.inner.deep"]:
    spec = util.find_spec(name)
    print(spec.name, spec.parent, spec.origin.rsplit("/", 2)[-2:],
          spec.submodule_search_locations is not None, spec.has_location)
print(util.find_spec("math") is not None, util.find_spec("sys").name)
print(util.find_spec(".tools", "importlib_pkg").name)
print(util.resolve_name(".deep", "importlib_pkg.inner"), util.resolve_name("abs", None))
try:
    util.resolve_name(".x", None)
except ImportError as e:
    print("ImportError", e)

# Loading a source file by path.
tmp = sys.argv[1]
with open(tmp + "/plugin_src.py", "w") as f:
    f.write("GREETING = 'hello'\n")
    f.write("def greet(who):\n    return GREETING + ', ' + who\n")
spec = util.spec_from_file_location("my_plugin", tmp + "/plugin_src.py")
print(spec.name, spec.origin == tmp + "/plugin_src.py", spec.has_location, spec.parent)
plugin = util.module_from_spec(spec)
print(plugin.__name__, plugin.__file__ == spec.origin, plugin.__spec__ is spec)
print(hasattr(plugin, "greet"))
spec.loader.exec_module(plugin)
print(plugin.greet("world"), "my_plugin" in sys.modules)
sys.modules["my_plugin"] = plugin
import my_plugin
print(my_plugin is plugin)
print(util.spec_from_file_location("x", tmp + "/data.txt"))

# reload runs the source again.
sys.path.insert(0, tmp)
with open(tmp + "/counter_mod.py", "w") as f:
    f.write("print('counter_mod runs')\nVALUE = 1\n")
import counter_mod
print(counter_mod.VALUE)
import counter_mod
with open(tmp + "/counter_mod.py", "w") as f:
    f.write("print('counter_mod runs again')\nVALUE = 2\n")
fresh = importlib.reload(counter_mod)
print(fresh.VALUE, sys.modules["counter_mod"].VALUE)
with open(tmp + "/counter_mod.py", "w") as f:
    f.write("VALUE = 1 / 0\n")
try:
    importlib.reload(fresh)
except ZeroDivisionError as e:
    print("reload failed:", e)
print(sys.modules["counter_mod"].VALUE)
for bad in [5, "counter_mod"]:
    try:
        importlib.reload(bad)
    except TypeError as e:
        print("TypeError", e)
importlib.invalidate_caches()
print("done")
