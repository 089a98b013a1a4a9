# warnings print to stderr; stdout shows the registry and functools results
import warnings, functools
def f():
    warnings.warn("careful")
    warnings.warn("careful")
f(); f()
warnings.warn("dep", DeprecationWarning)
print(sorted(k for k in globals().get("__warningregistry__", {}) if k != "version"))
@functools.wraps(f)
def g(*a): return f(*a)
print(g.__name__, g.__wrapped__ is f)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.partial(pow, 2)(10))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(N(1) <= N(2), N(3) >= N(2), N(1) > N(2))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("x", RuntimeWarning)
print(len(w), w[0].category.__name__, str(w[0].message))
