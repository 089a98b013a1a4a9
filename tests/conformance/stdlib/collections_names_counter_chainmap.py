# namedtuple name checks and renaming, Counter arithmetic (ties, signs, in-place forms),
# ChainMap writes to its first map, OrderedDict/defaultdict union operators.
import sys
from collections import namedtuple, Counter, ChainMap, OrderedDict, defaultdict


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


print("-- namedtuple names")
for typename, fields, kw in [
    ("P", "x y", {}), ("P", "x, y ,z", {}), ("P", ["a", "b"], {}),
    ("1P", "x", {}), ("class", "x", {}), ("P", "x def", {}), ("P", "x 9y", {}),
    ("P", "x _y", {}), ("P", "x y x", {}), ("P", "_a _a", {}), ("P", "x def x", {}),
    ("P", "a a a def _b 1c c", {"rename": True}), ("P", ["_1", "x", "_1"], {"rename": True}),
    ("P", "", {}), (3, "x", {}), ("P", [1, 2], {}), ("P", "x y", {"defaults": [1, 2, 3]}),
    ("P", "x y z", {"defaults": (5, 6)}), ("P", "x y", {"defaults": iter([7])}),
    ("P", "x y", {"defaults": []}), ("Q", "x", {}), ("with", "x", {"rename": True}),
]:
    def build():
        cls = namedtuple(typename, fields, **kw)
        return (cls.__name__, cls._fields, cls._field_defaults, cls.__doc__,
                cls.__new__.__doc__)
    attempt(f"{typename!r} {fields!r} {sorted(kw)}", build)

P = namedtuple("P", "x y z", defaults=(5, 6))
print(P(1), P(1, 2), P(1, 2, 3), P(z=0, x=9))
attempt("P()", lambda: P())
attempt("P(1,2,3,4)", lambda: P(1, 2, 3, 4))
attempt("P._make([1])", lambda: P._make([1]))
print(P(1)._replace(z=3), P(1)._asdict())
attempt("_replace bad", lambda: P(1)._replace(w=1, q=2))
print([k for k in vars(P) if not k.startswith("__") or k in ("__slots__", "__match_args__")])
print(P.x.__doc__, P.z.__doc__)
one = namedtuple("One", "only")
print(one(1), one.__doc__, one._fields)

print("-- Counter arithmetic")
a = Counter(a=3, b=1, c=-2, d=0, f=1)
b = Counter(a=1, b=1.0, c=1, e=-4, g=2, f=1.0)
for name, op in [("+", lambda x, y: x + y), ("-", lambda x, y: x - y),
                 ("|", lambda x, y: x | y), ("&", lambda x, y: x & y)]:
    print(name, op(a, b), op(b, a))
    print(name, list(op(a, b).items()))
print("+a", +a, "-a", -a, "+b", +b, "-b", -b)
print(Counter() + Counter(), -Counter(), Counter(x=1) | Counter())
nan = float("nan")
print(Counter(x=nan) | Counter(x=1), Counter(x=1) & Counter(x=nan))
print(Counter(x=1) | Counter(x=1.0), Counter(x=1.0) | Counter(x=1))
print(Counter(x=1) & Counter(x=1.0), Counter(x=1.0) & Counter(x=1))
for name in ["__add__", "__sub__", "__or__", "__and__"]:
    print(name, getattr(Counter(a=1), name)({"a": 1}))
attempt("Counter + dict", lambda: Counter(a=1) + {"a": 1})
attempt("Counter & dict", lambda: Counter(a=1) & {"a": 1})


class Sub(Counter):
    pass


print(type(Sub(a=1) + Sub(b=2)).__name__, type(-Sub(a=-1)).__name__)
for name, op in [("+=", "__iadd__"), ("-=", "__isub__"), ("|=", "__ior__"), ("&=", "__iand__")]:
    x = Counter(a=3, b=1, c=-2, d=0)
    y = Counter(a=1, b=2, c=1, e=-4, g=2)
    r = getattr(x, op)(y)
    print(name, r is x, x, list(x.items()))
x = Counter(a=2)
x += {"a": 1, "b": -1, "c": 2}
print(x)
x = Counter(a=2, b=5)
x &= Counter(a=3)
print(x)
attempt("&= dict missing", lambda: Counter(a=1).__iand__({"b": 1}))
x = Counter(a=1, b=1)
x -= Counter(a=1, b=1)
print(x, len(x))

print("-- ChainMap")
base = {"a": 1, "b": 2}
cm = ChainMap({"a": 10}, base)
kid = cm.new_child()
print(kid, kid.parents)
print(cm.new_child(x=1), cm.new_child({"y": 2}, z=3), cm.new_child({}))
m = {"q": 1}
print(cm.new_child(m, r=2), m)
kid["b"] = 20
print(kid, kid["b"], kid.parents.parents)
attempt("del missing", lambda: kid.__delitem__("a"))
attempt("pop missing", lambda: kid.pop("zz"))
print(kid.pop("zz", "dflt"), kid.pop("b"), kid)
attempt("popitem empty", lambda: kid.popitem())
kid["k"] = 1
print(kid.popitem(), kid)
try:
    del cm["b"]
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)
del cm["a"]
print(cm, dict(cm))

print("-- unions")
od = OrderedDict(a=1, b=2)
print(od | {"c": 3, "a": 0}, {"z": 0, "b": 9} | od, type({"z": 0} | od).__name__)
od |= [("d", 4)]
print(od)
print(od.__or__([1]), od.__ror__(3))
dd = defaultdict(list, a=[1])
print(dd | {"b": [2]}, {"b": [2]} | dd, (dd | {}).default_factory)
attempt("od | list", lambda: od | [1])
