def trace(func):
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    wrapper.__name__ = func.__name__
    wrapper.__wrapped__ = func
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
def repeat(times):
    def deco(func):
        def wrapper(*a):
            return [func(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
registry = {}
def register(name):
    def deco(f):
        registry[name] = f
        return f
    return deco
@register("double")
def _d(x): return 2 * x
@register("neg")
def _n(x): return -x
print({k: f(7) for k, f in sorted(registry.items())})
def bold(f):
    return lambda: "<b>" + f() + "</b>"
def italic(f):
    return lambda: "<i>" + f() + "</i>"
@bold
@italic
def text():
    return "styled"
print(text())
def count_calls(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@count_calls
def noop(): pass
for _ in range(5): noop()
print(noop.calls, add.__name__, add.__wrapped__(10, 20))
class Cached:
    def __init__(self, f):
        self.f, self.hits = f, 0
    def __call__(self, n):
        self.hits += 1
        return self.f(n)
@Cached
def sq(n): return n * n
print(sq(3), sq(4), sq.hits)
