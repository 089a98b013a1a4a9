def auto_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def ordered_by(*keys):
    def deco(cls):
        def key(self): return tuple(getattr(self, k) for k in keys)
        cls.__lt__ = lambda a, b: key(a) < key(b)
        cls.__eq__ = lambda a, b: key(a) == key(b)
        cls.__hash__ = lambda a: hash(key(a))
        return cls
    return deco
REGISTRY = []
def registered(cls):
    REGISTRY.append(cls.__name__)
    return cls
@registered
@ordered_by("last", "first")
@auto_repr
class Person:
    def __init__(self, first, last, age):
        self.first, self.last, self.age = first, last, age
people = [Person("Ann", "Zed", 30), Person("Bob", "Adams", 25), Person("Al", "Adams", 40)]
print(sorted(people))
print(Person("x", "y", 1) == Person("x", "y", 2), len({Person("a", "b", 1), Person("a", "b", 2)}), REGISTRY)
def singleton(cls):
    instances = {}
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self): self.values = {}
c1 = Config(); c1.values["k"] = 1
print(Config() is c1, Config().values)
