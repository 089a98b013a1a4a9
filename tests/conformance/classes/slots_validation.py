# What class creation checks in __slots__: identifiers, clashes with class variables,
# __dict__/__weakref__ twice, variable-size bases, and bases with conflicting layouts.


def attempt(label, make):
    try:
        r = make()
        print(label, "->", r)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


def make(name, bases, slots, **extra):
    ns = {"__slots__": slots}
    ns.update(extra)
    return type(name, bases, ns)


attempt("digits", lambda: make("A", (), ("1x",)).__name__)
attempt("space", lambda: make("A", (), ("a b",)).__name__)
attempt("empty name", lambda: make("A", (), ("",)).__name__)
attempt("int item", lambda: make("A", (), ("x", 3)).__name__)
attempt("bare string", lambda: make("A", (), "x").__slots__)
attempt("empty string", lambda: make("A", (), "").__name__)
attempt("non-ascii", lambda: make("A", (), ("é",)).__slots__)
attempt("not iterable", lambda: make("A", (), 3).__name__)
attempt("duplicate", lambda: make("A", (), ("a", "a")).__slots__)
attempt("class var", lambda: make("A", (), ("x",), x=1).__name__)
attempt("method clash", lambda: make("A", (), ("run",), run=lambda self: 0).__name__)


def in_class_body():
    class Point:
        __slots__ = ("x", "y")
        x = 0
    return Point


attempt("class body", lambda: in_class_body().__name__)

for base in (int, tuple, bytes, str, float, list, dict, object, Exception, frozenset, bytearray):
    attempt(f"{base.__name__} slot", lambda: make("S", (base,), ("x",)).__mro__[1].__name__)
    attempt(f"{base.__name__} empty", lambda: make("S", (base,), ()).__mro__[1].__name__)
    attempt(f"{base.__name__} dict", lambda: make("S", (base,), ("__dict__",)).__name__)
    attempt(f"{base.__name__} weakref", lambda: make("S", (base,), ("__weakref__",)).__name__)

attempt("dict twice", lambda: make("A", (), ("__dict__", "__dict__")).__name__)
attempt("weakref twice", lambda: make("A", (), ("__weakref__", "__weakref__")).__name__)


class Open:
    pass


class Closed:
    __slots__ = ("c",)


class ClosedWeak:
    __slots__ = ("__weakref__",)


attempt("dict under open", lambda: make("A", (Open,), ("__dict__",)).__name__)
attempt("weakref under open", lambda: make("A", (Open,), ("__weakref__",)).__name__)
attempt("dict under closed", lambda: make("A", (Closed,), ("__dict__",)).__name__)
attempt("weakref under weak", lambda: make("A", (ClosedWeak,), ("__weakref__",)).__name__)


class Left:
    __slots__ = ("left",)


class Right:
    __slots__ = ("right",)


class Empty1:
    __slots__ = ()


class Empty2:
    __slots__ = ()


class LeftChild(Left):
    pass


attempt("two slotted", lambda: type("Both", (Left, Right), {}).__name__)
attempt("slotted child", lambda: type("Both", (LeftChild, Right), {}).__name__)
attempt("slotted and open", lambda: [k.__name__ for k in type("Both", (Left, Open), {}).__mro__])
attempt("empty slots", lambda: make("Both", (Empty1, Empty2), ("__dict__", "z")).__name__)
attempt("same line", lambda: type("Both", (LeftChild, Left), {}).__name__)
attempt("slotted and int", lambda: type("Both", (Left, int), {}).__name__)
attempt("int and str", lambda: type("Both", (int, str), {}).__name__)


# Private slot names are mangled like attribute names in the class body.
class Account:
    __slots__ = ("__balance", "owner", "__dunder__")

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    def balance(self):
        return self.__balance


acct = Account("ann", 10)
print(acct.owner, acct.balance(), acct._Account__balance)
print(Account.__slots__)
try:
    acct.other = 1
except AttributeError as e:
    print("AttributeError", e)


# A subclass may repeat a slot of its base.
class Base:
    __slots__ = ("x",)


class Sub(Base):
    __slots__ = ("x",)


s = Sub()
s.x = 5
print(s.x, Base.x, Sub.x)
