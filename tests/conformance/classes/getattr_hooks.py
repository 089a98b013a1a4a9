class Config:
    def __init__(self, **kw):
        self.__dict__["_data"] = dict(kw)
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        self._data[name] = value
    def __delattr__(self, name):
        print(f"del {name}")
        del self._data[name]
c = Config(debug=True, level=3)
print(c.debug, c.level)
c.level = 5
print(c.level, getattr(c, "missing", "default"), hasattr(c, "nope"))
try:
    c.nope
except AttributeError as e:
    print("AttributeError:", e)
del c.level
print(hasattr(c, "level"))
class Proxy:
    def __init__(self, target): self._target = target
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*a):
                print(f"call {name}{a}")
                return attr(*a)
            return wrapped
        return attr
p = Proxy([3, 1, 2])
p.append(0); p.sort()
print(p._target, p.count(1))
class Logged:
    x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
l = Logged()
print(l.x)
