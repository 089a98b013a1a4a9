# object.__getattribute__ never asks the class's __getattr__: a __getattr__ that falls back
# to super().__getattribute__ raises AttributeError once instead of recursing, and a class's
# own __getattribute__ hands missing names to __getattr__ exactly once.
class Base:
    def __init__(self, m):
        self._m = m
class F(Base):
    _m = None
    def __init__(self, m, e):
        self._e = e
        super().__init__(m)
    def __getattr__(self, name):
        print("getattr", name)
        if name != self._m:
            return super().__getattribute__(name)
        return lambda: 1
f = F("x", 2)
print(f.x())
try:
    f.y
except AttributeError as e:
    print(e)
class A:
    def __getattribute__(self, name):
        print("ga", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print("fallback", name)
        return 42
a = A()
a.x = 1
print(a.x)
print(a.y)
print(object.__getattribute__(a, "x"))
try:
    object.__getattribute__(a, "zz")
except AttributeError as e:
    print("AE", e)
class B:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, n): return "fb-" + n
print(B().p)
try:
    object.__getattribute__(B(), "p")
except AttributeError as e:
    print("AE", e)
