"""Opting out of protocols, __init_subclass__ keywords and object.__new__ arguments."""


class Record:
    __iter__ = None  # a record is not a sequence of fields
    __hash__ = None

    def __init__(self, **fields):
        self.fields = fields


r = Record(a=1)
for attempt in (lambda: iter(r), lambda: list(r), lambda: [x for x in r], lambda: hash(r),
                lambda: {r}, lambda: sorted(r)):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[key or cls.__name__.lower()] = cls


class CsvPlugin(Plugin, key="csv"):
    pass


class JsonPlugin(Plugin):
    pass


print(sorted(Plugin.registry))
try:
    class Plain(flavour=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Extra(Plugin, key="x", mode="fast"):
        pass
except TypeError as e:
    print("TypeError:", e)
print(sorted(Plugin.registry))


class Cached:
    _instances = {}

    def __new__(cls, key, *args):
        if key not in cls._instances:
            cls._instances[key] = super().__new__(cls)
        return cls._instances[key]

    def __init__(self, key, *args):
        self.key = key


print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))


class Eager:
    def __new__(cls, *args):
        return super().__new__(cls, *args)


class Bare:
    pass


class WithInit:
    def __init__(self, x):
        self.x = x


for attempt in (lambda: Eager(1), lambda: Eager(), lambda: object.__new__(Bare, 1),
                lambda: object.__new__(WithInit, 5), lambda: Bare(1)):
    try:
        print(type(attempt()).__name__)
    except TypeError as e:
        print("TypeError:", e)
