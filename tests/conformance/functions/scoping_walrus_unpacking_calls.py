x = "global"
def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "modified"
        def innermost():
            global x
            x = "global-modified"
            return x
        return innermost()
    r = inner()
    return x, r
print(outer(), x)

def make_counters():
    counters = []
    for i in range(3):
        counters.append(lambda: i)
    fixed = [lambda i=i: i for i in range(3)]
    return [c() for c in counters], [f() for f in fixed]
print(make_counters())

def acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
a = acc()
print(a(1), a(5), a.__closure__[0].cell_contents, a.__code__.co_freevars)

class K:
    y = 10
    vals = [y for _ in range(2)] if False else None
    z = [i * 2 for i in range(3)]
    def m(self):
        return y if "y" in globals() else "no y"
print(K.z, K().m())
try:
    class K2:
        y = 5
        vals = [y for _ in range(2)]
except NameError as e:
    print("NameError:", e)

def unbound():
    print(q)
    q = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_unbound():
    def g():
        return v
    try:
        g()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    v = 2
    return g()
print(free_unbound())
print([(a, b) for a in range(3) for b in range(a) if (a + b) % 2])
print({k: v for k, v in zip("abc", range(3))}, {c for c in "hello"} == set("helo"))
gen = (n for n in range(3))
print([[j for j in range(i)] for i in range(4)])
n = 5
print([n := n + 1 for _ in range(3)], n)
if (m := len("hello")) > 3:
    print("walrus", m)
data = [1, 2, 3, 4]
first, *middle, last = data
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
print(*range(3), sep="|")
def f(*args, **kwargs): return args, kwargs
print(f(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
def g(a, b, /, c, *, d): return a, b, c, d
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4))
for call in [lambda: g(1, b=2, c=3, d=4), lambda: g(1, 2, 3, 4), lambda: g(1, 2, 3), lambda: g(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
del x
try:
    x
except NameError as e:
    print(e)
def deleter():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(deleter())
print(globals().get("zz", "no zz"), "outer" in dir())
def lc_scope():
    items = [1, 2]
    return [lambda: x for x in items][0](), (lambda: [y for y in items])()
print(lc_scope())
