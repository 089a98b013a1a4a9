# random.Random instances: independent streams, state save/restore, subclasses that bring
# their own core generator, copying, and the errors of the integer functions.
import copy
import random

a = random.Random(42)
b = random.Random(42)
random.seed(42)
print(a.random() == b.random() == random.random())
print(a.randint(1, 10**6), b.randint(1, 10**6))
b.random()
print(a.random() != b.random())

# getstate / setstate round trip, and the state's shape.
r = random.Random(7)
s = r.getstate()
print(type(s).__name__, len(s), s[0], len(s[1]), s[1][-1], s[2])
first = [r.random() for _ in range(5)]
r.setstate(s)
print(first == [r.random() for _ in range(5)])
r.setstate(s)
r2 = random.Random()
r2.setstate(r.getstate())
print(r.getrandbits(64) == r2.getrandbits(64))
# Index 624 forces a full regeneration on the next draw.
words = list(s[1][:624])
r.setstate((3, tuple(words) + (624,), None))
x = r.random()
r.setstate((3, tuple(words) + (624,), None))
print(x == r.random())
# Version 2 states (signed words) are still accepted.
r.setstate((2, tuple(w - 2**32 if w >= 2**31 else w for w in words) + (5,), None))
v2 = r.random()
r.setstate((3, tuple(words) + (5,), None))
print(v2 == r.random())

for bad in [(3, (1, 2), None), (3, [1] * 625, None), (3, (1,) * 624 + (625,), None),
            (3, (1,) * 624 + (-1,), None), (3, (-1,) * 624 + (6,), None),
            (3, ("a",) * 624 + (6,), None), (4, (1,) * 625, None)]:
    try:
        r.setstate(bad)
        print("accepted")
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# copy and deepcopy give independent generators in the same state.
r = random.Random(11)
c = copy.copy(r)
d = copy.deepcopy(r)
print(r.random() == c.random() == d.random(), r.random() == c.random())

# A subclass that only overrides random() draws integers from random() alone.
class Lcg(random.Random):
    def __init__(self, seed):
        self.x = seed
        super().__init__(seed)

    def seed(self, a=None, version=2):
        self.x = a if isinstance(a, int) else 1

    def random(self):
        self.x = (self.x * 1103515245 + 12345) % 2**31
        return self.x / 2**31

g = Lcg(5)
print([g.randrange(100) for _ in range(8)], g.choice("abcdef"))
seq = list(range(10))
g.shuffle(seq)
print(seq, round(g.uniform(0, 10), 6))
print(Lcg._randbelow is random.Random._randbelow_without_getrandbits)

# A subclass that overrides getrandbits() uses it for integers.
class Counting(random.Random):
    calls = 0
    def getrandbits(self, k):
        Counting.calls += 1
        return super().getrandbits(k)

c = Counting(3)
vals = [c.randrange(1000) for _ in range(10)]
print(vals, Counting.calls >= 10)
print([random.Random(3).randrange(1000) for _ in range(1)] == vals[:1])

# A subclass that adds behaviour but keeps the core.
class Dice(random.Random):
    def roll(self, n=2):
        return [self.randint(1, 6) for _ in range(n)]

d = Dice(2024)
print(d.roll(5), d.roll(), isinstance(d, random.Random))

# SystemRandom: no state, values in range.
sr = random.SystemRandom()
print(0 <= sr.random() < 1, 0 <= sr.randrange(10) < 10, len(sr.randbytes(4)))
print(sr.getrandbits(0), sr.getrandbits(8) < 256, sr.seed(5))
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)

r = random.Random(1)
for bad in [lambda: r.randrange(5, 5), lambda: r.randrange(0), lambda: r.randrange(-3),
            lambda: r.randrange(1, 10, 0), lambda: r.randrange(10, 1, 2),
            lambda: r.randrange(5, step=2), lambda: r.randrange("a"),
            lambda: r.randint(5, 1), lambda: r.choice([]), lambda: r.choice(""),
            lambda: r.sample({1, 2}, 1), lambda: r.sample({"a": 1}, 1),
            lambda: r.sample([1, 2], 3), lambda: r.sample([1, 2], -1),
            lambda: r.sample([1, 2], 1, counts=[1]), lambda: r.sample([1, 2], 1, counts=[1, 1.0]),
            lambda: r.sample([1, 2], 1, counts=[0, 0]), lambda: r.choices([1, 2], 2),
            lambda: r.choices([1, 2], [1]), lambda: r.choices([1, 2], [0, 0]),
            lambda: r.choices([1, 2], [1, 2], cum_weights=[1, 2]),
            lambda: r.choices([1, 2], [1, float("inf")]), lambda: r.choices([], k=1),
            lambda: r.getrandbits(-1), lambda: r.getrandbits("a"), lambda: r.getrandbits(1.5),
            lambda: r.shuffle((1, 2, 3)), lambda: random.Random(1, 2)]:
    try:
        print("ok", bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(r.getrandbits(0), r.randrange(1), r.randint(7, 7), r.sample([], 0), r.choices([5], k=3))
