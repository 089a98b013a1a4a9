"""A property or descriptor that raises AttributeError hands over to __getattr__."""
class Lazy:
    def __init__(self): self._cache = {}
    @property
    def config(self):
        raise AttributeError("config not loaded")
    @property
    def broken(self):
        return self.nonexistent_attr
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return f"<dynamic {name}>"
l = Lazy()
print(l.config, l.broken, l.anything, hasattr(l, "config"), getattr(l, "config", "dflt"))
class NoFallback:
    @property
    def p(self): raise AttributeError("really missing")
try:
    NoFallback().p
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(NoFallback(), "p"), getattr(NoFallback(), "p", 0))
class Desc:
    def __get__(self, obj, t=None):
        if obj is None: return self
        raise AttributeError("desc says no")
    def __set__(self, obj, v): pass
class UsesDesc:
    d = Desc()
    def __getattr__(self, n): return "fallback-" + n
print(UsesDesc().d)
class Proxy:
    def __init__(self, target): object.__setattr__(self, "_target", target)
    def __getattr__(self, name): return getattr(self._target, name)
    def __setattr__(self, name, v): setattr(self._target, name, v)
class T: pass
t = T(); p = Proxy(t); p.x = 5; print(p.x, t.x, vars(t))
try:
    p.missing
except AttributeError as e:
    print(e)
