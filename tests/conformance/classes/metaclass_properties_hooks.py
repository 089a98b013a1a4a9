class Meta(type):
    @property
    def table(cls): return cls.__name__.lower() + "_table"
    def __getattr__(cls, name):
        if name.startswith("find_by_"):
            return lambda v: f"SELECT * FROM {cls.table} WHERE {name[8:]}={v!r}"
        raise AttributeError(name)
    def __setattr__(cls, name, value):
        print(f"class attr set {cls.__name__}.{name}")
        super().__setattr__(name, value)
    def __instancecheck__(cls, inst):
        return hasattr(inst, "quack")
    def __contains__(cls, item): return item in cls.members
class Duck(metaclass=Meta):
    members = ["a"]
    def quack(self): pass
print(Duck.table, Duck.find_by_name("x"))
Duck.extra = 1
try:
    Duck.zzz
except AttributeError as e:
    print("AttributeError:", e)
class Robot:
    def quack(self): pass
print(isinstance(Robot(), Duck), isinstance(1, Duck), "a" in Duck, "b" in Duck)
try:
    Duck().table
except AttributeError as e:
    print("AttributeError:", e)
class D:
    def __set_name__(self, owner, name): print("set_name", name)
class Host: pass
Host.d = D()
print("no set_name for setattr")
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw, type(Base.__dict__["__init_subclass__"]).__name__)
        super().__init_subclass__()
class Kid(Base, flag=True): pass
class GK(Kid): pass
class Gen:
    def __class_getitem__(cls, item): return (cls.__name__, item)
class SubGen(Gen): pass
print(Gen[int], SubGen[str, int])
class Abstract(type):
    def __call__(cls, *a, **k):
        if getattr(cls, "abstract", False):
            raise TypeError(f"{cls.__name__} is abstract")
        return super().__call__(*a, **k)
class Shape(metaclass=Abstract):
    abstract = True
class Circle(Shape):
    abstract = False
    def __init__(self, r): self.r = r
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Circle(2).r)
class AutoRepr(type):
    def __new__(m, name, bases, ns):
        fields = ns.get("fields", ())
        def __init__(self, *args):
            for f, a in zip(fields, args): setattr(self, f, a)
        def __repr__(self):
            return f"{name}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        ns.setdefault("__init__", __init__)
        ns["__repr__"] = __repr__
        return super().__new__(m, name, bases, ns)
class Point(metaclass=AutoRepr):
    fields = ("x", "y")
print(Point(1, "b"), Point.__init__.__qualname__)
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        cls.opts = kw
        super().__init__(name, bases, ns)
class WithOpts(metaclass=M, debug=True, level=3): pass
print(WithOpts.opts)
print(type(Duck).__name__, Duck.__class__.__name__, Meta.__class__.__name__, isinstance(Duck, Meta), type.__instancecheck__(Meta, Duck))
