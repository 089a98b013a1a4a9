# A class's __dict__ is a read-only mappingproxy over its namespace; parameterized generics
# read their origin's attributes; a union checks its members in order.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class Config:
    debug = False
    level = 3

    def describe(self):
        return f"debug={self.debug} level={self.level}"


d = Config.__dict__
print(type(d).__name__, type(d) is type(vars(Config)), isinstance(d, dict))
print(d["level"], d.get("missing", "dflt"), "debug" in d, "nope" in d)
print([k for k in d if not k.startswith("__")])
print(sorted(k for k in d.keys() if not k.startswith("__")))
print([v for k, v in d.items() if k == "level"])
print(type(d.copy()).__name__, d.copy()["level"])
print(type(d | {"extra": 1}).__name__, (d | {"extra": 1})["extra"])


def assign():
    d["level"] = 4


def delete():
    del d["level"]


attempt("setitem", assign)
attempt("delitem", delete)
attempt("pop", lambda: d.pop("level"))
attempt("update", lambda: d.update(level=5))
attempt("clear", lambda: d.clear())
attempt("setdefault", lambda: d.setdefault("x", 1))
attempt("hash", lambda: hash(d))
attempt("attr", lambda: setattr(d, "level", 2))
attempt("missing", lambda: d["missing"])
print(Config.level, Config().describe())

# Changes made through setattr show through the view.
Config.level = 7
print(d["level"], vars(Config)["level"])
Config.added = "yes"
print("added" in d, d["added"])
del Config.added
print("added" in d)

# Built-in types have views too.
print(type(int.__dict__).__name__, "bit_length" in int.__dict__, "append" in list.__dict__)
print(repr(type("Tiny", (), {"__module__": "mod"}).__dict__)[:30])


class Base:
    shared = 1


class Child(Base):
    own = 2


print("shared" in Child.__dict__, "own" in Child.__dict__, Child.shared)
for klass in Child.__mro__:
    print(klass.__name__, "shared" in klass.__dict__)

# Parameterized built-in generics read the origin's attributes.
alias = list[int]
print(alias.__name__, alias.__qualname__, alias.__bases__, alias.__mro__)
print(alias.__origin__, alias.__args__, alias.__parameters__)
print(alias(range(3)), type(alias()).__name__)
attempt("isinstance alias", lambda: isinstance([], list[int]))
attempt("issubclass alias", lambda: issubclass(list, list[int]))

# A union checks its members in order, as a tuple would.
attempt("union first", lambda: isinstance(3, int | list[int]))
attempt("union later", lambda: isinstance(3, str | list[int]))
attempt("union none", lambda: isinstance(None, str | None))
attempt("union miss", lambda: isinstance(2.5, str | int))
attempt("union sub", lambda: issubclass(bool, str | int))
attempt("union sub alias", lambda: issubclass(int, str | list[int]))
attempt("tuple first", lambda: isinstance(3, (int, list[int])))
attempt("tuple later", lambda: isinstance(3, (str, list[int])))


class Slotted:
    __slots__ = ("a", "b")


print(Slotted.a, Slotted.a.__doc__, type(Slotted.a).__name__)


# Which instances have a __weakref__ attribute.
class WithDict:
    pass


class NoWeak:
    __slots__ = ()


class Weak:
    __slots__ = ("__weakref__",)


class MyList(list):
    pass


for obj in (WithDict(), NoWeak(), Weak(), MyList(), object(), ValueError(), 3):
    print(type(obj).__name__, hasattr(obj, "__weakref__"))
