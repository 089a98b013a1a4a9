import sys
import osplug_pkg
from osplug_pkg import *
from osplug_pkg.models import *
print(VERSION, load.__name__, "_private" in dir(), User, Group)
u, v = User("ann"), User("bob")
Group("admins", u); Group("staff", u, v)
print(u.groups(), v.groups())
up = osplug_pkg.load("upper")
print(up.NAME, up.run("hi"), up.__name__, up.__package__)
print(sorted(k for k in sys.modules if k.startswith("osplug_pkg")))
for name in ["broken", "badsyntax", "importerr", "missing"]:
    try:
        osplug_pkg.load(name)
    except Exception as e:
        print(name, type(e).__name__, str(e).replace(sys.path[0], "<dir>"), getattr(e, "name", "-"))
    print("  in sys.modules:", "osplug_pkg.plugins." + name in sys.modules)
import importlib
for bad in ["", ".x", "osplug_pkg..x", "osplug_pkg.VERSION"]:
    try:
        importlib.import_module(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
try:
    from osplug_pkg import nothing_here
except ImportError as e:
    print("ImportError:", str(e).replace(sys.path[0], "<dir>"), e.name)
try:
    import osplug_pkg.models.user.deeper
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from . import sibling
except ImportError as e:
    print("ImportError:", e)
try:
    import osplug_pkg.plugins.upper as up2, not_a_module_zz
except ImportError as e:
    print(type(e).__name__, e, up2 is up)
print(osplug_pkg.__doc__, osplug_pkg.__name__, osplug_pkg.models.user.__package__)
sys.modules["fake_mod"] = type(sys)("fake_mod")
sys.modules["fake_mod"].value = 99
import fake_mod
print(fake_mod.value)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["osplug_pkg.plugins.upper"]
up3 = osplug_pkg.load("upper")
print(up3 is up, up3.run("again"))
