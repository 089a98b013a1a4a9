# What a class's __dict__ lists: the body, the __dict__/__weakref__ descriptors the class
# introduces, its own slot members, and __doc__ (None without a docstring).


class Config:
    DEBUG = True
    PORT = 8080
    HOST = "localhost"


print(Config.__dict__)
print(vars(Config))
print(list(Config.__dict__.keys()), len(Config.__dict__))
print({k: v for k, v in vars(Config).items() if not k.startswith("_")})


class Documented(Config):
    """A documented subclass."""

    RETRIES = 3


print(Documented.__dict__)
print(Documented.__doc__, Config.__doc__, Documented().__doc__)


class Point:
    __slots__ = ("x", "y")


class Point3(Point):
    __slots__ = ("z",)


class Flexible(Point):
    __slots__ = ("w", "__dict__")


class Loose(Point):
    pass


class Referable:
    __slots__ = ("a", "__weakref__")


for cls in (Point, Point3, Flexible, Loose, Referable):
    print(cls.__name__, list(cls.__dict__))
print(Point.__dict__["x"] is Point.x, Point.__dict__["x"])
print("z" in Point3.__dict__, "x" in Point3.__dict__, Point3.__dict__.get("x", "-"))


class Eq:
    def __eq__(self, other):
        return True


class Child(Config):
    pass


print(list(Eq.__dict__), Eq.__dict__["__hash__"])
print(list(Child.__dict__))

for base in (int, str, tuple, list, dict, set, Exception, KeyError, object, type):
    sub = type("Sub", (base,), {"__module__": "demo"})
    print(base.__name__, [k for k in sub.__dict__ if k in ("__dict__", "__weakref__")])

getter = Config.__dict__["__dict__"]
c = Config()
c.PORT = 1
print(getter, type(getter).__name__, getter.__name__, getter.__objclass__.__name__)
print(getter.__get__(c), getter.__get__(None, Config) is getter)
print(Config.__dict__["__weakref__"].__get__(c))
try:
    getter.__get__(5)
except TypeError as e:
    print("TypeError:", e)

# The view is live: later writes show, after the entries type() made.
Config.TIMEOUT = 30
print(list(Config.__dict__), Config.__dict__["TIMEOUT"], "TIMEOUT" in vars(Config))
del Config.TIMEOUT
print("TIMEOUT" in Config.__dict__)

# Renaming a class leaves its namespace alone.
Child.__qualname__ = "Renamed"
Child.__name__ = "Renamed"
print(list(Child.__dict__), Child)
Child.__doc__ = "now documented"
print(Child.__dict__["__doc__"], list(Child.__dict__))

made = type("Made", (), {"a": 1, "__module__": "demo"})
print(made.__dict__)
print(dict(Referable.__dict__).keys())
