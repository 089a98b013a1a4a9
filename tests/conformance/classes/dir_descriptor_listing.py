# dir() lists __dict__/__weakref__ only where instances have them, slot members by name,
# and a metaclass's own methods; SimpleNamespace lists what CPython's type does.
import types


class Base:
    __slots__ = ()

    def method(self):
        pass


class Slotted(Base):
    __slots__ = ("q", "a")


class Loose(Slotted):
    pass


class Weak:
    __slots__ = ("w", "__weakref__")


class Meta(type):
    def meta_method(cls):
        return cls.__name__


class WithMeta(metaclass=Meta):
    value = 1


def extras(names):
    return [n for n in names if n in ("__dict__", "__weakref__") or not n.startswith("__")]


for obj in (Base(), Slotted(), Loose(), Weak(), Base, Slotted, Loose, Weak, WithMeta):
    name = obj.__name__ if isinstance(obj, type) else type(obj).__name__ + "()"
    print(name, extras(dir(obj)))
print("Meta", extras(dir(Meta)))
print("meta method reachable:", WithMeta.meta_method(), "meta_method" in dir(WithMeta))

ns = types.SimpleNamespace(beta=2, alpha=1)
print(dir(ns))
print(sorted(vars(ns)), ns)


class Sub(types.SimpleNamespace):
    pass


print([n for n in dir(Sub(x=1)) if not n.startswith("__")])
