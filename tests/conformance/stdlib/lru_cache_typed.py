# functools.lru_cache: typed keys, the maxsize argument's checks, bare decorator use.
import functools
@functools.lru_cache(maxsize=None)
def f(*a, **k): return a
@functools.lru_cache(maxsize=None, typed=True)
def g(*a, **k): return a
for fn in (f, g):
    print(fn(2, 3), fn(2.0, 3.0), fn(2, 3), fn(1), fn(True), fn(1.0), fn(x=1), fn(x=1.0), fn(x=True))
    print(fn.cache_info())
for bad in ("x", 1.5, [1]):
    try:
        functools.lru_cache(bad)
    except TypeError as e:
        print(e)
@functools.lru_cache
def h(n): return n
h(1); h(1)
print(h.cache_info(), h.cache_parameters())
