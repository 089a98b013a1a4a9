"""Calls that bind positional defaults, cell parameters, and stored bound methods."""
import math
import random


def scale(x, factor=2, offset=0):
    return x * factor + offset


def counter_from(start, step=1):
    # `start` is both a parameter and a cell (captured by the closure).
    def nxt():
        nonlocal start
        start += step
        return start
    return nxt


def mutable_default(item, bucket=[]):
    bucket.append(item)
    return len(bucket)


class Account:
    rate = 0.05

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount, note="deposit"):
        self.balance += amount
        return f"{self.owner}: {note} {amount} -> {self.balance}"

    def interest(self, years=1):
        return round(self.balance * (1 + self.rate) ** years, 2)


class Handlers:
    pass


print(scale(3), scale(3, 5), scale(3, 5, 1))
c = counter_from(10)
print(c(), c(), c())
c2 = counter_from(0, 5)
print(c2(), c2())
print(mutable_default("a"), mutable_default("b"), mutable_default("c", []))

acct = Account("ann")
dep = acct.deposit  # a bound method stored and called later
print(dep(10))
print(dep(5, "bonus"))
h = Handlers()
h.on_deposit = acct.deposit  # a bound method as an instance attribute
h.compute = scale  # a plain function as an instance attribute: no binding
print(h.on_deposit(7))
print(h.compute(4), h.compute(4, 3))
print(acct.interest(), acct.interest(3))

# Defaults replaced at run time are the ones used.
scale.__defaults__ = (10, 1)
print(scale(2))
scale.__defaults__ = None
try:
    scale(2)
except TypeError as e:
    print("TypeError:", e)

# Module functions and stored bound methods reached through a module attribute.
print(math.gcd(12, 18), math.floor(2.5))
random.seed(42)
print([random.randint(1, 6) for _ in range(8)])
print(random.randrange(10), random.randrange(5, 50, 5), random.choice("abcdef"))
rng = random.Random(7)
roll = rng.randint
print([roll(1, 100) for _ in range(5)])

# Too few or too many arguments still give CPython's messages.
for call in (lambda: acct.deposit(), lambda: dep(1, 2, 3), lambda: h.on_deposit(),
             lambda: counter_from()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
