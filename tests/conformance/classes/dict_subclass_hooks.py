# dict subclasses: built-in methods used as attribute hooks (__getattr__ = dict.__getitem__),
# and copying one into a dict reads its entries directly unless it overrides __iter__.
import copy


class AttrView(dict):
    """Read-only attribute access to the keys."""
    __getattr__ = dict.__getitem__
    __delattr__ = dict.__delitem__


cfg = AttrView(host="localhost", port=8080)
print(cfg.host, cfg.port, cfg["port"])
del cfg.port
print(cfg, len(cfg))
try:
    cfg.missing
except KeyError as e:
    print("KeyError:", e)
print(getattr(cfg, "host", "?"))


class Defaulting(dict):
    __getattr__ = dict.get


d = Defaulting(a=1)
print(d.a, d.zzz, d.keys())


class Loud(dict):
    def __getitem__(self, key):
        print("  __getitem__", key)
        return super().__getitem__(key)

    def keys(self):
        print("  keys()")
        return super().keys()


loud = Loud(x=1, y=2)
print("dict():", dict(loud))
print("update:", end=" ")
target = {}
target.update(loud)
print(target)
print("unpack:", {**loud, "z": 3})
print("index:", loud["x"])
print("copy:", copy.copy(loud), type(copy.copy(loud)).__name__)


class Iterating(dict):
    def __iter__(self):
        print("  __iter__")
        return iter(sorted(super().keys(), reverse=True))

    def keys(self):
        print("  keys()")
        return list(self)

    def __getitem__(self, key):
        print("  __getitem__", key)
        return super().__getitem__(key) * 10


it = Iterating(a=1, b=2)
print("dict():", dict(it))
print("unpack:", {**it})
