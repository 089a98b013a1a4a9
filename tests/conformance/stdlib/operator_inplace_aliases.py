# The in-place operator functions (mutable and immutable operands), concat/iconcat and what
# counts as a sequence for them, methodcaller, and the dunder-named aliases.
import operator
from collections import OrderedDict, deque


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


print("-- in-place on immutables")
cases = [("iadd", 7, 3), ("isub", 7, 3), ("imul", 7, 3), ("itruediv", 7, 2), ("ifloordiv", 7, 2),
         ("imod", 7, 3), ("ipow", 2, 10), ("ilshift", 1, 5), ("irshift", 64, 3), ("iand", 12, 10),
         ("ior", 12, 3), ("ixor", 12, 10), ("iadd", "ab", "cd"), ("imul", (1,), 3),
         ("iand", frozenset({1, 2}), {2, 3}), ("itruediv", 1, 0), ("iadd", 1, "a"),
         ("imatmul", 1, 2), ("imod", "%s!", "x"), ("ipow", 2, -1)]
for name, a, b in cases:
    attempt(f"{name}({a!r}, {b!r})", lambda: getattr(operator, name)(a, b))

print("-- in-place on mutables")
lst = [1]
print(operator.iadd(lst, [2]) is lst, operator.imul(lst, 2) is lst, lst)
st = {1, 2, 3}
print(operator.iand(st, {2, 3, 4}) is st, operator.ior(st, {9}) is st,
      operator.isub(st, {2}) is st, operator.ixor(st, {3, 5}) is st, sorted(st))
d = {"a": 1}
print(operator.ior(d, {"b": 2}) is d, d)


class Vec:
    def __init__(self, xs):
        self.xs = list(xs)

    def __matmul__(self, other):
        return sum(x * y for x, y in zip(self.xs, other.xs))

    def __imatmul__(self, other):
        self.xs = [x * y for x, y in zip(self.xs, other.xs)]
        return self

    def __repr__(self):
        return f"Vec({self.xs})"


v = Vec([1, 2])
print(operator.matmul(v, Vec([3, 4])), operator.imatmul(v, Vec([3, 4])), v)

print("-- concat / iconcat")


class Seq:
    def __getitem__(self, i):
        return i

    def __add__(self, other):
        return "Seq+"

    def __iadd__(self, other):
        return "Seq+="


class Plus:
    def __add__(self, other):
        return "Plus+"


for fn in (operator.concat, operator.iconcat):
    for a, b in [([1], [2]), ([1], (2,)), ("a", "b"), (b"a", b"b"), ((1,), (2,)), (1, 2),
                 ({}, {}), (OrderedDict(), [1]), (Seq(), 1), (Seq(), [1]), (Plus(), [1]),
                 (range(2), [1]), ("a", 1)]:
        attempt(f"{fn.__name__}({type(a).__name__}, {type(b).__name__})", lambda: fn(a, b))
ba = bytearray(b"x")
print(operator.iconcat(ba, b"yz") is ba, ba)
tl = [0]
print(operator.iconcat(tl, (1, 2)) is tl, tl)

print("-- methodcaller")
up = operator.methodcaller("upper")
rep = operator.methodcaller("replace", "a", "o", 1)
fmt = operator.methodcaller("format", name="x", self="s")
print(up("abc"), rep("banana"), operator.methodcaller("format", "{self}{name}", self=1, name=2)(
    "{}").__class__.__name__)
print(operator.methodcaller("format", self="S", name="N")("{self}-{name}"))
print(repr(up), repr(rep), repr(fmt))
attempt("no name", lambda: operator.methodcaller())
attempt("bad name", lambda: operator.methodcaller(3))
attempt("missing method", lambda: up(3))
print(sorted(["b", "A", "c"], key=operator.methodcaller("lower")))

print("-- dunder aliases")
names = [n for n in dir(operator) if n.startswith("__") and n.endswith("__")
         and callable(getattr(operator, n)) and n not in ("__getattr__", "__dir__")]
for n in names:
    plain = n[2:-2]
    target = getattr(operator, plain, None) or getattr(operator, plain + "_", None)
    if getattr(operator, n) is not target:
        print("not an alias:", n)
print(len(names), names[:6])
print(operator.__add__(1, 2), operator.__not__(0), operator.__concat__([1], [2]),
      operator.__iconcat__([1], [2]), operator.__getitem__("abc", 1), operator.__abs__(-3),
      operator.__call__(max, 1, 5), operator.__inv__(5), operator.__index__(7))
