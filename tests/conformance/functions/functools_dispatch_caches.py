import functools, operator, itertools
class Shape:
    @functools.singledispatchmethod
    def scale(self, arg):
        raise NotImplementedError(f"cannot scale by {type(arg).__name__}")
    @scale.register
    def _(self, arg: int):
        return f"int scale {arg}"
    @scale.register(float)
    def _(self, arg):
        return f"float scale {arg}"
    @functools.cached_property
    def heavy(self):
        print("computing heavy")
        return 42
    def move(self, dx, dy): return (dx, dy)
    right = functools.partialmethod(move, 1, 0)
s = Shape()
print(s.scale(2), s.scale(1.5))
try:
    s.scale("x")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(s.heavy, s.heavy, s.__dict__, s.right())
print(type(Shape.__dict__["heavy"]).__name__, Shape.heavy.attrname if hasattr(Shape.heavy, "attrname") else "")
@functools.lru_cache(maxsize=2)
def sq(n):
    print("miss", n)
    return n * n
for n in [1, 2, 1, 3, 2, 1]:
    sq(n)
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@functools.cache
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info().hits)
print(functools.reduce(operator.add, [1, 2, 3], 10), functools.reduce(lambda a, b: a + [b], "abc", []))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
p = functools.partial(functools.partial(print, "a"), "b", sep="-")
p("c")
print(repr(functools.partial(int, base=2)))
print(operator.itemgetter(1, 0)([5, 6]), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("upper")("x"))
print(operator.attrgetter("heavy")(s), sorted([{"a": 2}, {"a": 1}], key=operator.itemgetter("a")))
print(operator.add(1, 2), operator.neg(5), operator.contains([1], 1), operator.getitem("abc", 1), operator.index(7), operator.truth([]))
print(list(itertools.accumulate([1, 2, 3], operator.mul)), list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.repeat("x", 3)))
print(list(itertools.permutations("abc", 2))[:4], list(itertools.combinations_with_replacement("ab", 2)), list(itertools.filterfalse(None, [0, 1, 2, 0])))
c = itertools.cycle("ab")
print([next(c) for _ in range(5)])
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
print(list(itertools.batched("abcdefg", 3)) if hasattr(itertools, "batched") else "no batched")
@functools.wraps(print)
def myprint(*a): pass
print(myprint.__name__, myprint.__wrapped__ is print)
class Dec:
    def __init__(self, f):
        functools.update_wrapper(self, f)
    def __call__(self, *a): return self.__wrapped__(*a)
    def __get__(self, inst, owner):
        if inst is None: return self
        return functools.partial(self, inst)
class User:
    @Dec
    def greet(self, x): return f"hi {x}"
print(User().greet("bob"), User.greet.__name__)
print(functools.total_ordering.__name__, functools.WRAPPER_ASSIGNMENTS)
