import functools
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    "fib doc"
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(450))
try:
    fib.cache_clear()
    fib(900)
except RecursionError as e:
    print("RecursionError", e)
fib.cache_clear()
print(fib(450))
print(fib.cache_info())
print(fib.__name__, fib.__qualname__, fib.__doc__, fib.__module__, fib.__wrapped__.__name__)
print(fib.cache_parameters())
fib.cache_clear()
print(fib.cache_info())

@cache
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(450))

@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); sq(1)
print(sq.cache_info())

@lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1)
print(z.cache_info(), z.cache_parameters())

@lru_cache(typed=True)
def t(x):
    print("t", repr(x))
    return x
t(1); t(1.0); t(True); t(1)
print(t.cache_info())

@lru_cache
def u(x):
    print("u", repr(x))
    return x
u(1); u(1.0); u(True); u(1)
print(u.cache_info(), u.cache_parameters())

@lru_cache()
def kw(a, b=2, *, c=3):
    print("kw", a, b, c)
    return a + b + c
kw(1); kw(1, b=2); kw(1, 2); kw(a=1); kw(1, c=3); kw(1, c=3)
print(kw.cache_info())

class C:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=None)
    def m(self, x):
        return self.k * x
    @functools.cached_property
    def p(self):
        return 5
c = C(3)
print(c.m(4), c.m(4), C.m.cache_info())
print(C.m(c, 4))
try:
    sq([1])
except TypeError as e:
    print("TypeError", e)
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError", e)
try:
    lru_cache(1)(5)
except TypeError as e:
    print("TypeError", e)
print(type(fib).__name__, callable(fib))
fib.extra = 1
print(fib.extra, fib.__dict__.keys() >= {'extra'})
@lru_cache(maxsize=-3)
def neg(x): return x
print(neg.cache_parameters(), neg.cache_info())
def boom(n):
    raise ValueError(n)
b = lru_cache(boom)
try:
    b(1)
except ValueError as e:
    print("VE", e, b.cache_info())
ci = fib.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, ci._fields if hasattr(ci, '_fields') else None)
