class Base:
    __slots__ = ("_x",)
    def __init__(self, x): self._x = x
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError("negative")
        self._x = v
    @x.deleter
    def x(self):
        print("deleting x"); del self._x
class Child(Base):
    __slots__ = ("y",)
    def __init__(self, x, y):
        super().__init__(x); self.y = y
    @Base.x.getter
    def x(self): return self._x * 10
c = Child(1, 2)
print(c.x, c.y, Child.__slots__, Base.__slots__, hasattr(c, "__dict__"))
c.x = 5; print(c.x)
try:
    c.x = -1
except ValueError as e:
    print("ValueError:", e)
del c.x
try:
    c.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(Base.__dict__["_x"]).__name__, Base._x.__name__, Base._x.__objclass__.__name__)
class P:
    def __init__(self): self._v = 0
    def get_v(self): return self._v
    def set_v(self, v): self._v = v
    v = property(get_v, set_v, None, "the v")
print(P.v.__doc__, P().v)
p = P(); p.v = 3; print(p.v, P.v.fget.__name__, P.v.fset.__name__, P.v.fdel)
class RO:
    @property
    def r(self): return 1
try:
    RO().r = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del RO().r
except AttributeError as e:
    print("AttributeError:", e)
class Err:
    @property
    def bad(self): raise AttributeError("inner missing")
    def __getattr__(self, n): return f"getattr fallback {n}"
print(Err().bad)
class Err2:
    @property
    def bad(self): raise KeyError("k")
try:
    Err2().bad
except KeyError as e:
    print("KeyError:", e)
class S1:
    __slots__ = "single"
s = S1(); s.single = 1; print(s.single, S1.__slots__)
class S2:
    __slots__ = ["a", "b"]
    def __repr__(self): return f"S2({getattr(self, 'a', None)}, {getattr(self, 'b', None)})"
s2 = S2(); s2.a = 1; print(s2)
class S3:
    __slots__ = {"q": "doc for q"}
print(S3.q.__doc__ if hasattr(S3.q, "__doc__") else "")
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
        self.id = Counter.count
class Sub(Counter): pass
a, b, cc = Counter(), Sub(), Sub()
print(Counter.count, Sub.count, a.id, b.id, cc.id)
class CV:
    items = []
    def add(self, x): self.items.append(x)
c1, c2 = CV(), CV()
c1.add(1); c2.add(2)
print(CV.items, c1.items is c2.items)
c1.items = ["own"]
print(c1.items, c2.items, CV.items)
del c1.items
print(c1.items)
try:
    del c1.items
except AttributeError as e:
    print("AttributeError:", e)
class Abstractish:
    def area(self): raise NotImplementedError(f"{type(self).__name__} must implement area")
class Sq(Abstractish): pass
try:
    Sq().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
