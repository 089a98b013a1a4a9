"""ImportError and friends carry name/path/msg; NameError and AttributeError a name."""
import sys


def try_import(stmt):
    try:
        exec(stmt, {})
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError", e.name, e.path, e.msg)
    except ImportError as e:
        print("ImportError", e.name, e.path is not None, e.msg.split(" (")[0])


try_import("import no_such_module_xyz")
try_import("import os.no_such_sub")
try_import("from os import no_such_name")
try_import("from collections import no_such_name")
try_import("from json import no_such_thing")


def load_plugin(name):
    try:
        return __import__(name)
    except ImportError as e:
        if e.name == name:
            return None
        raise


print(load_plugin("plugin_that_is_missing"), load_plugin("math").__name__)

e = ImportError("plain")
print(e.name, e.path, e.msg, e.args)
print(ImportError().msg, ImportError("a", "b").msg)
print(NameError("n").name, AttributeError("a").name, AttributeError("a").obj)


class PluginError(ImportError):
    name = "class-level"


print(PluginError("p").name, PluginError("p").path)

try:
    undefined_thing
except NameError as e:
    print(e.name)

try:
    sys.no_such_attribute
except AttributeError as e:
    print(e.name, e.obj is sys)
