class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(f"Meta.__new__ {name} bases={[b.__name__ for b in bases]} kw={kw}")
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print(f"Meta.__call__ {cls.__name__}{a}")
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"prepared": True}
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter(["x", "y"])
    def __getitem__(cls, k):
        return f"{cls.__name__}[{k}]"

class Base(metaclass=Meta, flavor="vanilla"):
    def __init__(self, v):
        self.v = v

class Child(Base):
    pass

c = Child(5)
print(c.v, c.created_by, Child.prepared, repr(Child), len(Child), list(Child), Child[3])
print(type(Child), type(Child).__mro__)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")
a = Config(); b = Config()
print(a is b)

class OrderedMeta(type):
    def __new__(m, name, bases, ns):
        ns["_order"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(m, name, bases, ns)
class Form(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    def mid(self): pass
print(Form._order)

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)

X = type("X", (object,), {"a": 1, "f": lambda self: self.a + 1})
print(X().f(), X.__name__, X.__qualname__, X.__module__)
Y = Meta("Y", (), {})
print(Y)

def deco(cls):
    cls.tag = "decorated"
    orig = cls.__repr__
    cls.__repr__ = lambda self: f"<{cls.__name__}!>"
    return cls
@deco
class D: pass
print(D.tag, D())

class Registry(type):
    classes = []
    def __init_subclass__(cls, **kw):
        print("meta subclass", cls.__name__)
    def __new__(m, *a):
        c = super().__new__(m, *a)
        Registry.classes.append(c.__name__)
        return c
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
class SubMeta(Registry): pass
print(isinstance(R2, Registry), isinstance(R2, type), type.__subclasses__(Registry))
class Init:
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.full = prefix + cls.__name__
class I1(Init, prefix="my_"): pass
class I2(I1): pass
print(I1.full, I2.full)
try:
    class I3(Init, bogus=1): pass
except TypeError as e:
    print("TypeError:", e)
print(type.__name__, type(type), type.__mro__, Meta.__mro__)
class WithClassGetitem:
    def __class_getitem__(cls, item):
        return f"CG[{item}]"
print(WithClassGetitem[int])
