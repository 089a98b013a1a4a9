import functools
import time

def trace(fn):
    depth = 0
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        nonlocal depth
        indent = "  " * depth
        argstr = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"{indent}-> {fn.__name__}({argstr})")
        depth += 1
        try:
            result = fn(*args, **kwargs)
        finally:
            depth -= 1
        print(f"{indent}<- {fn.__name__} = {result!r}")
        return result
    return wrapper

@trace
def fact(n):
    """Compute n!"""
    return 1 if n <= 1 else n * fact(n - 1)

fact(4)
print(fact.__name__, fact.__doc__, fact.__wrapped__.__name__)

def retry(times=3, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a, **k):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k)
                except exceptions as e:
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return inner
    return deco

calls = {"n": 0}
@retry(times=4, exceptions=(ValueError,))
def flaky():
    calls["n"] += 1
    if calls["n"] < 3:
        raise ValueError(f"not yet ({calls['n']})")
    return "ok"
print(flaky())

@functools.lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.cache_info())
paths.cache_clear(); print(paths.cache_info())

@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
for x in [1, 2, 1, 3, 2, 1]:
    sq(x)
print(sq.cache_info())

@functools.cache
def collatz(n):
    return 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print(max(range(1, 3000), key=collatz), collatz(27))

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1, c2 = counter(), counter()
c1(); c1(5); c2()
print(c1(), c2(), c1.__closure__[0].cell_contents)

adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])

p = functools.partial(int, base=2)
print(p("1011"), p.func, p.keywords, functools.partial(pow, 2)(10))

class cached_prop:
    def __init__(self, fn):
        self.fn = fn; self.name = fn.__name__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val

class Circle:
    def __init__(self, r): self.r = r
    @cached_prop
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2
    @functools.cached_property
    def circumference(self):
        print("computing circ")
        return 2 * 3.14159 * self.r
c = Circle(2)
print(c.area, c.area, c.circumference, c.circumference, type(Circle.area).__name__)

@functools.total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(map(int, s.split(".")))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "Version(%r)" % ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.2.10", "1.2.9", "1.10", "1.2"]]
print(sorted(vs), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"))

@functools.singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
print(functools.reduce(lambda a, b: a * b, range(1, 10)), type(functools.cmp_to_key(lambda a, b: b - a)).__name__)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))

def memo(fn):
    cache = {}
    def w(*a):
        if a not in cache:
            cache[a] = fn(*a)
        return cache[a]
    w.cache = cache
    return w
@memo
def edit(a, b):
    if not a: return len(b)
    if not b: return len(a)
    return min(edit(a[1:], b) + 1, edit(a, b[1:]) + 1, edit(a[1:], b[1:]) + (a[0] != b[0]))
print(edit("kitten", "sitting"), edit("intention", "execution"), len(edit.cache))
