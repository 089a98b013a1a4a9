# types: resolve_bases with several entries, metaclass conflicts, DynamicClassAttribute,
# coroutine() wrapping plain generators, CellType and GeneratorType.
import types


class A:
    pass


class B:
    pass


class Two:
    def __mro_entries__(self, bases):
        print("entries asked with", len(bases), "bases")
        return (A, B)


class Nothing:
    def __mro_entries__(self, bases):
        return ()


class Bad:
    def __mro_entries__(self, bases):
        return [A]


orig = (Two(), int, Nothing())
res = types.resolve_bases(orig)
print([c.__name__ for c in res], res is orig)
plain = (A, B)
print(types.resolve_bases(plain) is plain)
print(types.resolve_bases([A, B]))
print(types.resolve_bases(()))
for bases in ((Bad(),), (A, Bad())):
    try:
        types.resolve_bases(bases)
    except TypeError as e:
        print("TypeError", e)
N = types.new_class("N", (Two(), Nothing()))
print(N.__mro__[1:], [type(b).__name__ for b in N.__orig_bases__])
print("__orig_bases__" in types.new_class("P", (A,)).__dict__)


class M1(type):
    pass


class M2(type):
    pass


class M3(M1):
    pass


X1 = M1("X1", (), {})
X2 = M2("X2", (), {})
X3 = M3("X3", (), {})
for bases in ((X1, X2), (X1, X3), (X3, X1), (A, X1)):
    try:
        meta, ns, kw = types.prepare_class("Z", bases)
        print("meta", meta.__name__, ns, kw)
    except TypeError as e:
        print("TypeError", e)
try:
    types.new_class("Z", (X1, X2))
except TypeError as e:
    print("TypeError", e)
meta, ns, kw = types.prepare_class("Z", (X1,), {"metaclass": M3, "flag": 1})
print(meta.__name__, kw)
meta, ns, kw = types.prepare_class("Z", (), {"metaclass": lambda *a: a})
print(callable(meta), ns)


class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"seeded": True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


Q = types.new_class("Q", (), {"metaclass": Prep, "k": 1})
print(Q.seeded, type(Q).__name__)


# DynamicClassAttribute.
class Meta(type):
    def __getattr__(cls, name):
        return f"meta:{name}"


class Thing(metaclass=Meta):
    def __init__(self):
        self._v = 1

    @types.DynamicClassAttribute
    def value(self):
        "the value"
        return self._v

    @value.setter
    def value(self, new):
        self._v = new * 10

    @value.deleter
    def value(self):
        print("deleting")
        self._v = None

    @types.DynamicClassAttribute
    def readonly(self):
        return "ro"


t = Thing()
print(t.value, Thing.value, Thing.readonly, t.readonly)
t.value = 4
print(t.value)
del t.value
print(t.value)
for action in ("set", "del"):
    try:
        if action == "set":
            t.readonly = 1
        else:
            del t.readonly
    except AttributeError as e:
        print("AttributeError", e)
print(Thing.__dict__["value"].__doc__, Thing.__dict__["value"].overwrite_doc)
empty = types.DynamicClassAttribute()
try:
    empty.__get__(t, Thing)
except AttributeError as e:
    print("AttributeError", e)
try:
    empty.__get__(None, Thing)
except AttributeError as e:
    print("AttributeError", repr(e))
d1 = types.DynamicClassAttribute(lambda s: 1, doc="given")
print(d1.__doc__, d1.overwrite_doc)


def documented(self):
    "new doc"
    return 2


d2 = d1.getter(documented)
print(d2.__doc__, d2.overwrite_doc, d2.fget is documented)
d3 = types.DynamicClassAttribute(documented).getter(lambda s: 3)
print(d3.__doc__, d3.overwrite_doc)
d4 = types.DynamicClassAttribute(lambda s: 0).getter(documented)
print(d4.__doc__)
d5 = d1.setter(print).deleter(len)
print(d5.fset is print, d5.fdel is len, d5.__doc__, d5.fget is d1.fget)


def abstract(self):
    return 0


abstract.__isabstractmethod__ = True
da = types.DynamicClassAttribute(abstract)
print(da.__isabstractmethod__, da.__get__(None, Thing) is da)


class Sub(types.DynamicClassAttribute):
    pass


s = Sub(lambda self: 5).setter(print)
print(type(s).__name__, s.__get__(t))

# coroutine() lets `await` drive a plain generator.


@types.coroutine
def ticks(n):
    for i in range(n):
        got = yield i
        print("sent", got)
    return "done"


async def runner():
    result = await ticks(3)
    print("result", result)
    return result


c = runner()
print(c.send(None))
print(c.send("a"))
print(c.send("b"))
try:
    c.send("c")
except StopIteration as e:
    print("StopIteration", e.value)

w = ticks(2)
print(next(w), w.send("x"), hasattr(w, "gi_code"), ticks.__name__)
w.close()


async def native():
    return 1


print(types.coroutine(native) is native)
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError", e)


def not_gen():
    return [1, 2]


print(types.coroutine(not_gen)())


def outer():
    v = 1
    return lambda: v


print(isinstance(outer().__closure__[0], types.CellType))
print(isinstance((x for x in "ab"), types.GeneratorType), types.GeneratorType.__name__)
