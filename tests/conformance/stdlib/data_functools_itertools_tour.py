import functools, itertools, operator
from functools import lru_cache, cache, partial, partialmethod, reduce, total_ordering, wraps, singledispatch, singledispatchmethod, cached_property, cmp_to_key, update_wrapper
@lru_cache(maxsize=3)
def sq(x):
    print("compute", x)
    return x * x
for v in [1, 2, 3, 1, 4, 2, 1, 1.0, 5]:
    sq(v)
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info())
@lru_cache(maxsize=None, typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__wrapped__.__name__, fib.__name__)
try:
    @lru_cache
    def unh(x): return x
    unh([1])
except TypeError as e:
    print("TE", e)
@lru_cache(maxsize=0)
def z(x): return x
z(1); z(1); print(z.cache_info())
def f(a, b, c=3, *, d=4): return (a, b, c, d)
p = partial(f, 1, d=9); print(p(2), p(2, 5, d=0), p.func is f, p.args, p.keywords, repr(p)[:30])
pp = partial(p, 7); print(pp(), pp.args, pp.keywords)
try:
    partial()
except TypeError as e:
    print("TE", e)
try:
    partial(5)
except TypeError as e:
    print("TE", e)
class Cell:
    def set(self, name, v): setattr(self, name, v); return self
    set_x = partialmethod(set, "x")
print(Cell().set_x(5).x)
print(reduce(operator.add, [1, 2, 3], 10), reduce(lambda a, b: a * b, range(1, 8)))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TE", e)
@total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f"V({self.n})"
print(V(1) <= V(2), V(3) >= V(2), V(2) > V(2), sorted([V(3), V(1), V(2)]), max(V(5), V(9)))
try:
    @total_ordering
    class N: pass
except ValueError as e:
    print("VE", e)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def documented(x: int) -> int:
    """Doc here."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__, documented.__annotations__, documented.__qualname__) if False else print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__qualname__)
@singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
@show.register(tuple)
def _(x): return f"seq {len(x)}"
@show.register
def _(x: bool): return f"bool {x}"
print(show(1), show(True), show([1, 2]), show((1,)), show("s"), show(2.5), show.dispatch(int).__name__, sorted(k.__name__ for k in show.registry))
class A:
    @singledispatchmethod
    def m(self, x): return "base"
    @m.register
    def _(self, x: str): return "str"
print(A().m(1), A().m("a"))
class Data:
    def __init__(self, v): self.v = v
    @cached_property
    def heavy(self):
        print("computing heavy")
        return sum(self.v)
dd = Data([1, 2, 3]); print(dd.heavy, dd.heavy, dd.__dict__); del dd.heavy; print(dd.heavy)
print(sorted(["b", "A", "c", "B"], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
k = cmp_to_key(lambda a, b: a - b); print(k(1) < k(2), k(3) == k(3))
try:
    hash(k(1))
except TypeError as e:
    print("TE", e)
print(list(itertools.product("ab", repeat=2)), list(itertools.product([1, 2], "xy", [True])))
print(list(itertools.permutations("abc", 2)), len(list(itertools.permutations(range(6)))), list(itertools.permutations([], 0)), list(itertools.permutations([1], 2)))
print(list(itertools.combinations("abcd", 3)), list(itertools.combinations_with_replacement("abc", 2)), list(itertools.combinations([1], 0)))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 2])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 4, 1])), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.islice(itertools.count(10, 2.5), 4)), list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat("x", 3)), repr(itertools.repeat(1, 2)), repr(itertools.count(3)), repr(itertools.count(1.5, 0.5)))
print([(k, list(g)) for k, g in itertools.groupby("aaabccdaa")], [k for k, _ in itertools.groupby([1, 1, 2, 3, 3])])
g = itertools.groupby([1, 1, 2]); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
print(list(itertools.accumulate([1, 2, 3], initial=None)), list(itertools.accumulate([], initial=5)), list(itertools.accumulate("abc")))
print(list(itertools.zip_longest([1, 2], [3], [4, 5, 6])), list(itertools.chain("ab", [1], ())), list(itertools.starmap(lambda *a: sum(a), [(1, 2, 3), ()])))
it = itertools.islice(range(100), 5, 50, 10); print(list(it))
for bad in [(-1,), (1, 2, 0), ("a",)]:
    try:
        itertools.islice(range(3), *bad)
    except ValueError as e:
        print("VE", e)
a, b, c = itertools.tee("xyz", 3); next(a); print(list(a), list(b), list(c))
print(list(itertools.pairwise([])), list(itertools.pairwise([1])), list(map(operator.mul, [1, 2], [3, 4])))
print(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", ",", 1)("a,b,c"))
print(repr(operator.itemgetter(1, "a")), repr(operator.attrgetter("x.y")), repr(operator.methodcaller("f", 1, k=2)))
