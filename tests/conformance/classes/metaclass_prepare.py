# Metaclass __prepare__ (PEP 3115): the class body runs in the mapping it returns.
import collections
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"injected": 42}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)
class A(metaclass=Meta, flag=1):
    x = 1
    def f(self): return injected
print(A.injected, A().f() if False else None)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        class D(dict):
            def __init__(self):
                super().__init__()
                self.order = []
            def __setitem__(self, k, v):
                if not k.startswith("__"):
                    self.order.append(k)
                super().__setitem__(k, v)
        return D()
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls._order = ns.order
        return cls
class B(metaclass=OrderedMeta):
    z = 1
    a = 2
    def m(self): pass
print(B._order)

class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError(f"duplicate {k}")
        super().__setitem__(k, v)
class M2(type):
    def __prepare__(name, bases):
        return NoDup()
try:
    class C(metaclass=M2):
        a = 1
        a = 2
except TypeError as e:
    print("err", e)

class B2(bytearray):
    pass
b = B2(b"abc")
print(len(b), b, b[0], b + b"x")
b.append(100)
print(b, type(b).__name__)

class Recording(dict):
    def __init__(self):
        super().__init__()
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(("set", k))
        super().__setitem__(k, v)
    def __getitem__(self, k):
        self.log.append(("get", k))
        return super().__getitem__(k)
    def __delitem__(self, k):
        self.log.append(("del", k))
        super().__delitem__(k)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwds):
        return Recording()
    def __new__(mcs, name, bases, ns, **kwds):
        print(type(ns).__name__, ns.log)
        return super().__new__(mcs, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, option=True):
    x = 1
    y = x + 1
    tmp = 5
    del tmp
    print(len)
print(A.y, hasattr(A, "tmp"))
class B(A):
    z = 3
class Mapping:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
class M2(type):
    def __prepare__(name, bases): return Mapping()
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns.d)
class C(metaclass=M2):
    a = 1
    b = a * 10
print(C.b)
class M3(type):
    @classmethod
    def __prepare__(mcs, name, bases): return 5
try:
    class D(metaclass=M3): pass
except TypeError as e:
    print(e)
class M4(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return collections.OrderedDict(preset=1)
class E(metaclass=M4):
    pass
print(E.preset)
try:
    class F(metaclass=Meta):
        del nothere
except NameError as e:
    print(e)
print(type.__prepare__("x", ()), type.__prepare__())
class G:
    pass
import enum
class Color(enum.Enum):
    R = enum.auto()
    G = enum.auto()
print(list(Color))
# The most derived metaclass wins; unrelated metaclasses conflict.
class MA(type): pass
class MB(MA): pass
class MC(type): pass
class PA(metaclass=MA): pass
class PB(metaclass=MB): pass
class PC(metaclass=MC): pass
class Both(PA, PB): pass
print(type(Both).__name__)
class Explicit(PB, metaclass=MA): pass
print(type(Explicit).__name__)
class Plain(PA, metaclass=type): pass
print(type(Plain).__name__)
for bases in [(PA, PC), (PC, PB)]:
    try:
        class Bad(*bases): pass
    except TypeError as e:
        print(e)
