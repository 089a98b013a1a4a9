from functools import lru_cache, partial, cmp_to_key, total_ordering, singledispatch, cached_property, wraps, reduce, cache
import functools

@lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@cache
def sq(x): return x * x
print([sq(i % 3) for i in range(6)], sq.cache_info())
print(fib.__wrapped__(1), fib.__name__)

def power(base, exp, mod=None):
    return pow(base, exp, mod)
cube = partial(power, exp=3)
print(cube(2), cube(3, mod=5), cube.func.__name__, cube.args, cube.keywords)
print(repr(partial(int, base=2))[:40])
p2 = partial(cube, 4)
print(p2(), p2.args, p2.keywords)

def cmp(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or ((a > b) - (a < b))
print(sorted(['pear', 'fig', 'apple', 'kiwi', 'date'], key=cmp_to_key(cmp)))

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return 'V(' + '.'.join(map(str, self.parts)) + ')'
vs = [Version(s) for s in ['1.10.0', '1.2', '1.2.1', '0.9']]
print(sorted(vs), max(vs), Version('1.2') <= Version('1.2'), Version('2') >= Version('10'), Version('3') > Version('2'))

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)
@describe.register(float)
@describe.register(complex)
def _(x):
    return f"number {x}"
print(describe(3), describe([1, 'a', 2.5]), describe(True), describe(1j), describe(None))
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)
del c.area
print(c.area)

def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add(1, 2))
print(reduce(lambda acc, w: acc + len(w), "the quick brown fox".split(), 0))
@lru_cache(maxsize=None, typed=True)
def ident(x): return x
ident(1); ident(1.0); ident(1)
print(ident.cache_info(), ident.cache_parameters())
