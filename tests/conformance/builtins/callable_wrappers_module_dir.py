# callable() on the descriptor wrappers, and dir() of a module that defines __dir__ (PEP 562).
import sys
import types

sm = staticmethod(lambda: "static result")
cm = classmethod(lambda cls: cls)
prop = property(lambda self: 1)
print("staticmethod:", callable(sm), sm())
print("classmethod:", callable(cm))
print("property:", callable(prop))


class Tools:
    @staticmethod
    def double(x):
        return 2 * x

    @classmethod
    def name(cls):
        return cls.__name__

    # A staticmethod object kept in the class body may be called while the body runs.
    table = [double]


raw = Tools.__dict__["double"]
print("raw staticmethod callable:", callable(raw), raw(21))
print("raw classmethod callable:", callable(Tools.__dict__["name"]))
print("table call:", Tools.table[0](5), Tools.double(4), Tools().double(3))
print("bound/unbound:", callable(Tools.name), callable(Tools().double), callable(Tools))
print("other objects:", callable(len), callable(print), callable(3), callable("s"), callable(None))


class WithCall:
    def __call__(self):
        return "called"


class Without:
    pass


print("instances:", callable(WithCall()), callable(Without()), WithCall()())
print("functions in containers:", [callable(v) for v in (abs, lambda: 0, [], (), {}.get, str.upper)])

mod = types.ModuleType("plugins", "Plugins found at run time.")
exec(
    """
_registry = {"alpha": 1, "beta": 2}
VERSION = "1.0"

def __getattr__(name):
    if name in _registry:
        return _registry[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__():
    return ["VERSION", *_registry]
""",
    mod.__dict__,
)
sys.modules["plugins"] = mod
import plugins

print("dir(plugins):", dir(plugins))
print("attributes:", plugins.VERSION, plugins.alpha, plugins.beta)
try:
    plugins.gamma
except AttributeError as e:
    print("AttributeError:", e)
from plugins import beta

print("from-import:", beta)

plain = types.ModuleType("plain")
plain.z = 1
plain.a = 2
print("plain module:", [n for n in dir(plain) if not n.startswith("__")])


def unsorted_dir():
    return ["zeta", "alpha", "mid"]


mod.__dir__ = unsorted_dir
print("dir() sorts what __dir__ returns:", dir(mod))


def not_a_list():
    return ("b", "a")


mod.__dir__ = not_a_list
print("tuple from __dir__:", dir(mod))


def failing():
    raise RuntimeError("no listing")


mod.__dir__ = failing
try:
    dir(mod)
except RuntimeError as e:
    print("RuntimeError:", e)
