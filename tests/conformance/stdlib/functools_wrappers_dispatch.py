# update_wrapper/wraps, partial and partialmethod flattening, singledispatch register forms
# and their errors, singledispatchmethod, cached_property errors.
import functools
from functools import (partial, partialmethod, singledispatch, singledispatchmethod,
                       cached_property, update_wrapper, wraps)


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


print("-- update_wrapper")


def original(a, b=2):
    """Adds."""
    return a + b


original.tag = "t"
original.__annotations__ = {"a": int}


def shell(*args):
    return original(*args)


shell.tag = "old"
shell.other = 1
r = update_wrapper(shell, original)
print(r is shell, shell.__name__, shell.__qualname__, shell.__doc__, shell.__annotations__)
print(shell.tag, shell.other, shell.__wrapped__ is original, shell(1))


class NoName:
    __doc__ = "callable object"

    def __call__(self):
        return 5


def plain():
    pass


update_wrapper(plain, NoName())
print(plain.__name__, plain.__doc__, plain.__module__ == __name__)


def narrow():
    pass


update_wrapper(narrow, original, assigned=("__doc__",), updated=())
print(narrow.__name__, narrow.__doc__, hasattr(narrow, "tag"))
attempt("updated missing on wrapper", lambda: update_wrapper(plain, original, updated=("nope",)))


def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return ("wrapped", fn(*a, **k))
    return inner


@deco
def greet(name):
    "Says hello."
    return "hi " + name


print(greet("x"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)

print("-- partial")
p = partial(original, 1)
print(p(), p(5), p(b=7), p.args, p.keywords)
pp = partial(p, b=10)
print(pp.func is original, pp.args, pp.keywords, pp())
q = partial(pp, b=20, c=3)
print(q.args, q.keywords)
attempt("q()", q)
kw = partial(dict, a=1)
print(kw(a=2, b=3), kw.keywords)
attempt("partial()", lambda: partial())
attempt("partial(3)", lambda: partial(3))
print(repr(partial(max, 1, key=abs)).replace(repr(max), "max"))

print("-- partialmethod")


class Cell:
    def __init__(self):
        self.state = None

    def set(self, value, note=""):
        self.state = (value, note)
        return self.state

    on = partialmethod(set, True)
    off = partialmethod(set, False, note="x")
    off_loud = partialmethod(off, note="LOUD")

    @classmethod
    def make(cls, n, m=0):
        return (cls.__name__, n, m)

    make1 = partialmethod(make, 1)


c = Cell()
print(c.on(), c.off(), c.off_loud(), c.on(note="n"))
print(Cell.__dict__["off_loud"].func is Cell.set, Cell.__dict__["off_loud"].args,
      Cell.__dict__["off_loud"].keywords)
print(Cell.make1(), c.make1(m=2))
print(Cell.on(c))
attempt("partialmethod(3)", lambda: partialmethod(3))

print("-- singledispatch")


@singledispatch
def show(x):
    return ("default", x)


@show.register
def _(x: int):
    return ("int", x)


@show.register(list)
def _(x):
    return ("list", len(x))


def for_str(x):
    return ("str", x.upper())


print(show.register(str, for_str) is for_str)


@show.register
def _(x: float | complex):
    return ("number", x)


print(show(1), show(True), show([1, 2]), show("a"), show(1.5), show(2j), show(None))
print(show.dispatch(bool).__name__, show.dispatch(dict).__name__)
print(sorted(k.__name__ for k in show.registry))
attempt("register(3, f)", lambda: show.register(3, for_str))
class Bare:
    def __call__(self, x):
        return x

    def __repr__(self):
        return "Bare()"


attempt("register(no annotations)", lambda: show.register(Bare()))


def bad_hint(x: "3"):
    return x


attempt("register(bad hint)", lambda: show.register(bad_hint))


def bad_union(x: int | list[int]):
    return x


attempt("register(bad union)", lambda: show.register(bad_union))
attempt("show()", lambda: show())


@singledispatch
def nameless(x):
    return 0


attempt("nameless()", lambda: nameless())
anonymous = singledispatch(Bare())
print(anonymous(7), anonymous.__name__ if hasattr(anonymous, "__name__") else "-")
attempt("anonymous()", lambda: anonymous())


class Base:
    pass


class Derived(Base):
    pass


show.register(Base, lambda x: ("base", type(x).__name__))
print(show(Derived()), show(Base()))
show.register(Derived, lambda x: ("derived",))
print(show(Derived()))

print("-- singledispatchmethod")


class Fmt:
    def __init__(self, tag):
        self.tag = tag

    @singledispatchmethod
    def fmt(self, arg):
        return f"{self.tag}:other:{arg!r}"

    @fmt.register
    def _(self, arg: int):
        return f"{self.tag}:int:{arg}"

    @fmt.register(list)
    def _(self, arg):
        return f"{self.tag}:list:{len(arg)}"


f = Fmt("F")
print(f.fmt(1), f.fmt([1, 2]), f.fmt("s"), f.fmt.__name__)
attempt("singledispatchmethod(3)", lambda: singledispatchmethod(3))

print("-- cached_property")


class Data:
    calls = 0

    @cached_property
    def total(self):
        "The sum."
        Data.calls += 1
        return 42


d = Data()
print(d.total, d.total, Data.calls, Data.total.__doc__, Data.total.attrname, vars(d))
del d.total
print(d.total, Data.calls)


class Slotted:
    __slots__ = ("a",)
    value = cached_property(lambda self: 1)


Slotted.value.__set_name__(Slotted, "value")
attempt("slotted", lambda: Slotted().value)
loose = cached_property(lambda self: 1)
attempt("no set_name", lambda: loose.__get__(Data()))
loose.__set_name__(Data, "one")
loose.__set_name__(Data, "one")
attempt("two names", lambda: loose.__set_name__(Data, "two"))
try:
    class Twice:
        a = b = cached_property(lambda self: 1)
except Exception as e:
    print(type(e).__name__, str(e)[:80])
