"""Argument binding on the fast call path and off it: defaults, keywords, closures, errors."""


def f(a, b=2, c=3):
    return (a, b, c)


print(f(1), f(1, 5), f(1, 5, 7), f(1, c=9), f(a=4))
defaults_seen = []


def g(x, acc=[]):
    acc.append(x)
    defaults_seen.append(len(acc))
    return acc


g(1)
g(2)
print(g(3), defaults_seen)


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


c = make_counter()
print([c() for _ in range(3)], c(10))


def cell_arg(x):
    def get():
        return x

    x += 1
    return get()


print(cell_arg(41))


def star(*args, **kw):
    return args, sorted(kw.items())


print(star(), star(1, 2), star(1, k=2))


def kwonly(a, *, b, c=5):
    return a + b + c


print(kwonly(1, b=2), kwonly(1, b=2, c=3))
for bad in (lambda: f(), lambda: f(1, 2, 3, 4), lambda: kwonly(1), lambda: f(1, d=2),
            lambda: f(1, a=2), lambda: make_counter()(1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k=2):
        return Vec(self.x * k, self.y * k)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


v = Vec(1, 2)
total = Vec(0, 0)
for i in range(5):
    total = total.add(v.scaled(i))
print(total, v.scaled(), Vec.scaled(v, 3))
bound = v.add
print(bound(Vec(10, 10)), [bound(Vec(i, i)) for i in range(3)])
print(list(map(f, [1, 2])), sorted([3, 1, 2], key=lambda n: -n))


def fn_returns_none(x):
    x.append(1)


items = []
print(fn_returns_none(items), items)


def early(n):
    for i in range(n):
        if i == 3:
            return i
    return -1


print(early(10), early(2))


def unbound_local(flag):
    if flag:
        y = 1
    return y


try:
    unbound_local(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(unbound_local(True))
