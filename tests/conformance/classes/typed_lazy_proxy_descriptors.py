class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        print(f"set_name {owner.__name__}.{name}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.private)
    def __repr__(self):
        return f"<Typed {self.name}:{self.kind.__name__}>"

class Person:
    name = Typed(str, "anon")
    age = Typed(int, 0)
    def __init__(self, name, age):
        self.name = name
        self.age = age
    @property
    def adult(self):
        return self.age >= 18
    @adult.setter
    def adult(self, v):
        raise AttributeError("read-only-ish")
    @property
    def ro(self):
        return 1

p = Person("Ann", 30)
print(p.name, p.age, p.adult, Person.name, vars(p))
try:
    p.age = "x"
except TypeError as e:
    print(e)
del p.age
print(p.age)
try:
    p.ro = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.ro
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.adult = True
except AttributeError as e:
    print(e)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.attr] = val
        print("computed", self.attr)
        return val

class Data:
    def __init__(self, xs):
        self.xs = xs
    @Lazy
    def total(self):
        "sum"
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total, Data.total.__doc__)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a
s = Slotted(1)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
print(Slotted.a, type(Slotted.a).__name__, hasattr(s, "__dict__"))
class Sub(Slotted):
    pass
sb = Sub(2); sb.c = 3; print(sb.c, sb.__dict__)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        delattr(self._target, name)

class T: pass
t = T()
pr = Proxy(t)
pr.x = 5
print(pr.x, t.x)
del pr.x
try:
    pr.x
except AttributeError as e:
    print("AttributeError:", e)
print(pr.log)

class Loud:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback:{name}"
l = Loud()
print(l.a, l.secret_x, l.zzz)

class classproperty:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls): return self.f(cls)
class K:
    n = 3
    @classproperty
    def doubled(cls): return cls.n * 2
print(K.doubled, K().doubled)
print(type(Person.adult), Person.adult.fget.__name__)
sm = staticmethod(lambda: 1)
cm = classmethod(lambda c: c)
print(type(sm).__name__, type(cm).__name__, callable(sm))
