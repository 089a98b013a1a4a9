import functools

def retry(times=3, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e!r}")
                    last = e
            raise RuntimeError(f"{fn.__name__} failed after {times}") from last
        wrapper.attempts = times
        return wrapper
    return deco

calls = {'n': 0}
@retry(times=4, exceptions=(ValueError,))
def flaky(x):
    """Flaky doc."""
    calls['n'] += 1
    if calls['n'] < 3:
        raise ValueError(f"try {calls['n']}")
    return x * 2
print(flaky(21), flaky.__name__, flaky.__doc__, flaky.attempts, flaky.__wrapped__.__name__)

@retry(times=2)
def always():
    raise KeyError('k')
try:
    always()
except RuntimeError as e:
    print(e, repr(e.__cause__))

def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)], [lambda x: x * i for i in range(4)]
a, b = make_multipliers()
print([f(10) for f in a], [f(10) for f in b])

def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    return middle(), x
print(outer())

def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))

@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0: return 1
    if n < 0 or not coins: return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info())

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn; self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return functools.partial(self, obj)
class Thing:
    @CountCalls
    def hello(self, who):
        return f"hello {who}"
t = Thing()
print(t.hello('a'), t.hello('b'), Thing.hello.calls, Thing.hello.__name__)

def kwonly(a, b=2, /, c=3, *, d, e=5, **rest):
    return a, b, c, d, e, rest
print(kwonly(1, d=4), kwonly(1, 2, 3, d=4, e=6, z=7))
for bad in [lambda: kwonly(1), lambda: kwonly(a=1, d=2), lambda: kwonly(1, 2, 3, 4, d=1), lambda: kwonly(1, d=1, c=2, **{'c': 3})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
import sys
sys.setrecursionlimit(200)
def inf(n): return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)

def gen_closure():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    yield add
    yield total
g = gen_closure()
add = next(g); add(3); add(4)
print(next(g))

def annotated(x: int, y: 'str' = 'y') -> list:
    return [x, y]
print(annotated.__annotations__, annotated.__defaults__, annotated.__kwdefaults__)
print(annotated.__code__.co_argcount, annotated.__code__.co_varnames)

compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(lambda x: x + 1, lambda x: x * 2, str)(5))
p = functools.partial(kwonly, 1, d=9)
print(p(), p.func.__name__, p.args, p.keywords)
print(repr(p)[:40])
@functools.singledispatch
def show(x): return f"obj {x}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show('s'), show(3), show([1, 2]), show(True))
