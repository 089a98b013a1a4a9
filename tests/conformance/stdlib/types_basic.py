# types: names of built-in types, SimpleNamespace, MappingProxyType, new_class.
import sys
import types
from types import SimpleNamespace


def f(x):
    return x


def gen():
    yield 1


class K:
    def meth(self):
        return self


g = gen()
checks = [
    ("FunctionType", types.FunctionType, f),
    ("LambdaType", types.LambdaType, lambda: 0),
    ("GeneratorType", types.GeneratorType, g),
    ("MethodType", types.MethodType, K().meth),
    ("BuiltinFunctionType", types.BuiltinFunctionType, len),
    ("BuiltinMethodType", types.BuiltinMethodType, [].append),
    ("ModuleType", types.ModuleType, sys),
    ("CodeType", types.CodeType, f.__code__),
    ("NoneType", types.NoneType, None),
    ("NotImplementedType", types.NotImplementedType, NotImplemented),
    ("EllipsisType", types.EllipsisType, ...),
    ("FrameType", types.FrameType, sys._getframe()),
]
g.close()
for name, t, obj in checks:
    print(name, t.__name__, isinstance(obj, t), type(obj) is t)
print(types.FunctionType is types.LambdaType, isinstance(f, types.BuiltinFunctionType))
print(isinstance(K.meth, types.FunctionType), isinstance(K().meth, types.FunctionType))
print(types.NoneType(), types.NoneType is type(None))
try:
    raise KeyError("k")
except KeyError as e:
    print(isinstance(e.__traceback__, types.TracebackType), types.TracebackType.__name__)


def outer():
    v = 1

    def inner():
        return v

    return inner


print(isinstance(outer().__closure__[0], types.CellType), types.CellType.__name__)

# ModuleType builds fresh modules.
m = types.ModuleType("plugin")
print(m, m.__name__, m.__doc__, isinstance(m, types.ModuleType))
m2 = types.ModuleType("plugin2", "Docs here.")
print(m2.__doc__)
m.value = 42
m.func = lambda: m.value + 1
print(m.value, m.func(), sorted(k for k in vars(m) if not k.startswith("__")))
del m.value
print(hasattr(m, "value"))
for bad in ((), (3,)):
    try:
        types.ModuleType(*bad)
    except TypeError as e:
        print("TypeError", e)

# MethodType binds a function to an object.
bm = types.MethodType(f, "obj")
print(bm(), bm.__self__, bm.__func__ is f)


class Holder:
    pass


h = Holder()
h.describe = types.MethodType(lambda self, n: f"{type(self).__name__} x{n}", h)
print(h.describe(3))
for bad in ((f,), (f, None), (5, 1)):
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print("TypeError", e)

# SimpleNamespace.
ns = SimpleNamespace(a=1, b="two", c=[3])
print(ns, repr(ns), ns.a, ns.b, ns.c)
ns.d = 4.5
del ns.a
print(ns, vars(ns))
print(SimpleNamespace(), SimpleNamespace() == SimpleNamespace())
print(ns == SimpleNamespace(b="two", c=[3], d=4.5), ns == SimpleNamespace(b="two"), ns != 5)
print(SimpleNamespace(x=1, y=2) == SimpleNamespace(y=2, x=1))
ns.self = ns
print(ns)
print(SimpleNamespace(inner=SimpleNamespace(z=0), t=(1, 2)))
try:
    SimpleNamespace(1, 2)
except TypeError as e:
    print("TypeError", e)
print(SimpleNamespace.__hash__)
try:
    ns.missing
except AttributeError as e:
    print("AttributeError", e)
print(SimpleNamespace(**{"key": "v"}).key, getattr(ns, "zz", "default"))


class Point(SimpleNamespace):
    pass


p = Point(x=1, y=2)
try:
    p.nope
except AttributeError as e:
    print("AttributeError", e)
print(p, p == SimpleNamespace(x=1, y=2), isinstance(p, SimpleNamespace))
print(types.SimpleNamespace.__name__)

# MappingProxyType.
d = {"a": 1, "b": 2}
mp = types.MappingProxyType(d)
print(mp, len(mp), mp["a"], mp.get("z"), mp.get("z", 0), "a" in mp, "z" in mp)
print(list(mp), list(mp.keys()), list(mp.values()), list(mp.items()), list(reversed(mp)))
print(mp == d, mp == {"a": 1}, mp != d, mp.copy(), type(mp.copy()).__name__)
print(mp | {"c": 3}, {"z": 0} | mp)
d["c"] = 3
print(mp, str(mp), repr(mp))
try:
    mp.extra = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    mp["a"] = 5
except TypeError as e:
    print("TypeError", e)
try:
    del mp["a"]
except TypeError as e:
    print("TypeError", e)
try:
    mp["zz"]
except KeyError as e:
    print("KeyError", e)
for bad in ([1, 2], 5, (1,)):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    mp |= {}
except TypeError as e:
    print("TypeError", e)
print(types.MappingProxyType.__name__)

# new_class, prepare_class, resolve_bases.
C = types.new_class("C")
print(C, C.__name__, C.__bases__, type(C))


def body(ns):
    ns["x"] = 10
    ns["double"] = lambda self: self.x * 2


D = types.new_class("D", (C,), exec_body=body)
print(D.__bases__ == (C,), D().double(), D.x)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag")
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


E = types.new_class("E", (), {"metaclass": Meta, "tag": "t1"})
print(type(E) is Meta, E.tag)
F = types.new_class("F", (E,), {"tag": "t2"})
print(type(F) is Meta, F.tag)
meta, nsp, kw = types.prepare_class("G", (E,), {"tag": 3})
print(meta is Meta, nsp, kw)
meta, nsp, kw = types.prepare_class("H")
print(meta is type, nsp, kw)


class Entry:
    def __mro_entries__(self, bases):
        return (C,)


orig = (Entry(), int)
res = types.resolve_bases(orig)
print(res[0] is C, res[1] is int, len(res))
plain = (int,)
print(types.resolve_bases(plain) is plain)
H = types.new_class("H", (Entry(),))
print(H.__bases__ == (C,), isinstance(H.__orig_bases__[0], Entry))


class M1(type):
    pass


class M2(type):
    pass


A1 = M1("A1", (), {})
A2 = M2("A2", (), {})
try:
    types.new_class("Bad", (A1, A2))
except TypeError as e:
    print("TypeError", e)
