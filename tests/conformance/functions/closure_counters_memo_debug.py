def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def counter_factory():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, get, reset
inc, get, reset = counter_factory()
inc(); inc(5)
print(get()); reset(); print(get(), inc.__code__.co_freevars, get.__closure__[0].cell_contents)
def memoize(maxsize=None):
    def deco(fn):
        cache = {}
        hits = misses = 0
        def wrapper(*args):
            nonlocal hits, misses
            if args in cache:
                hits += 1
                return cache[args]
            misses += 1
            r = cache[args] = fn(*args)
            if maxsize and len(cache) > maxsize:
                cache.pop(next(iter(cache)))
            return r
        wrapper.stats = lambda: (hits, misses, len(cache))
        return wrapper
    return deco
@memoize(maxsize=10)
def slow_sq(n): return n * n
for i in [1, 2, 1, 3, 2, 1] + list(range(20)):
    slow_sq(i)
print(slow_sq.stats())
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
def cell_shared():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    return [f() for f in fs]
print(cell_shared())
adders = {}
for name, n in [("one", 1), ("two", 2)]:
    adders[name] = (lambda n: lambda x: x + n)(n)
print(adders["one"](10), adders["two"](10))
def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for v in range(5):
        add(v)
        yield total
print(list(gen_closure()))
class A:
    x = 10
    def method(self):
        return x
x = "module"
print(A().method())
def recursive_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(recursive_closure()(10))
def pipeline(*steps):
    def run(data):
        for s in steps:
            data = s(data)
        return data
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"), lambda s: s[:10])
print(p("  Hello World Again  "))
import functools
def debug(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def w(*a, **k):
            r = fn(*a, **k)
            print(f"{prefix}{fn.__name__}({', '.join(map(repr, a))}{', ' if a and k else ''}{', '.join(f'{kk}={v!r}' for kk, v in k.items())}) -> {r!r}")
            return r
        return w
    return deco
@debug(">> ")
def area(w, h=1, *, unit="m"): return f"{w*h}{unit}"
area(3); area(2, h=4); area(5, unit="cm")
def stacked(fn):
    fn.calls = getattr(fn, "calls", 0)
    return fn
@debug("1:")
@debug("2:")
def ident(v): return v
ident("z")
print(ident.__wrapped__.__wrapped__.__name__)
f = lambda: (yield 1)
print(list(f()))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda a, /, b=2, *, c=3: a + b + c)(1, c=10))
