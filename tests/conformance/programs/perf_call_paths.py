"""Calls through every fast path: plain functions (with defaults, closures, recursion),
methods looked up on instances and stored as attributes, classes, built-ins, and callables
that rebind or delete themselves while running."""
import sys


def add(a, b=10, c=100):
    return a + b + c


print(add(1), add(1, 2), add(1, 2, 3), add(*[4, 5]), add(1, c=0))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)])


def make_counter(step):
    total = 0

    def bump(times=1):
        nonlocal total
        total += step * times
        return total

    return bump


c = make_counter(3)
print(c(), c(), c(5), c.__code__.co_freevars)


def selfish():
    # Rebinds its own global name while running: the call in progress is unaffected.
    global selfish
    old = selfish
    selfish = lambda: "replaced"
    return old is not None


print(selfish(), selfish())


class Node:
    count = 0

    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right
        Node.count += 1

    def total(self):
        s = self.value
        if self.left:
            s += self.left.total()
        if self.right:
            s += self.right.total()
        return s

    def depth(self):
        return 1 + max(self.left.depth() if self.left else 0,
                       self.right.depth() if self.right else 0)


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))


tree = build(1, 200)
print(tree.total(), tree.depth(), Node.count)


class Greeter:
    def __init__(self, name):
        self.name = name
        self.shout = self.loud  # a bound method stored on the instance

    def loud(self, suffix="!"):
        return self.name.upper() + suffix

    def quiet(self):
        return self.name.lower()


g = Greeter("Ada")
print(g.shout(), g.shout("?"), g.quiet(), Greeter.loud(g, "."))
g.quiet = lambda: "instance attribute wins"
print(g.quiet())
g.loud = len
print(g.loud("four"), g.shout())


class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)

for bad_call in (lambda: add(), lambda: add(1, 2, 3, 4), lambda: add(1, d=2), lambda: fib()):
    try:
        bad_call()
    except TypeError as e:
        print("TypeError:", e)


def gen(n):
    for i in range(n):
        yield i * i


print(list(gen(6)), sum(gen(100)))

print(list(map(add, [1, 2], [3, 4])), sorted([3, 1, 2], key=lambda v: -v))


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(500))
sys.setrecursionlimit(200)
try:
    deep(10000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print(deep(900))


def unbound():
    if False:
        x = 1
    return x


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

print(fib(18))
