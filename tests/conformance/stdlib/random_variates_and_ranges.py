# Seeded draws through the paths of random that are easy to get subtly wrong: stepped and
# negative randrange, triangular on both sides of its peak, von Mises, gamma for small,
# unit and large shapes, weighted choices, and a random()-only subclass.
import random

R = random.Random


def err(f, *a, **k):
    try:
        print(" ", f(*a, **k))
    except Exception as e:
        print(" ", type(e).__name__, e)


for seed in [0, 1, 42, 12345, "abc", b"xyz", 3.5, -7, 2**80]:
    r = R(seed)
    print("seed", seed)
    print(" ", r.randrange(3, 100, 7), r.randrange(100, 3, -7), r.randrange(-5, 5))
    print(" ", [r.randrange(0, 50, 3) for _ in range(8)], [r.randrange(50, 0, -3) for _ in range(8)])
    print(" ", [r.randrange(10, -11, -4) for _ in range(8)], [r.randrange(-3, 30, 11) for _ in range(5)])
    print(" ", r.triangular(), r.triangular(1, 5), r.triangular(1, 5, 2), r.triangular(1, 5, 4.9))
    print(" ", r.triangular(5, 1, 2), r.triangular(3, 3, 3), r.triangular(2, 2), r.triangular(0, 10, 0))
    print(" ", [r.vonmisesvariate(1.0, k) for k in (0, 1e-7, 0.5, 1, 4, 50)])
    print(" ", [r.vonmisesvariate(-2.5, 3) for _ in range(3)])
    print(" ", [r.gammavariate(a, 2.0) for a in (0.1, 0.5, 0.99, 1.0, 1.5, 3, 20)])
    print(" ", [r.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 5), (1, 1), (0.3, 4))])
    print(" ", r.choices(range(10), k=5), r.choices("abc", [1, 2, 3], k=6))
    print(" ", r.choices("abc", cum_weights=[1, 5, 6], k=6), r.choices([1, 2], [0, 1], k=3))
    print(" ", r.choices("xy"), r.choices("ab", [1.5, 2.25]), r.choices("ab", [1, 0], k=4))

print("errors")
r = R(5)
err(r.randrange, 0)
err(r.randrange, 5, 5)
err(r.randrange, 5, 1)
err(r.randrange, 1, 5, 0)
err(r.randrange, 1, 5, -1)
err(r.randrange, 10, step=2)
err(r.randrange, 0, 10, 20)
err(r.randrange, 0, -10, -20)
err(r.randrange, 0, -10, 2)
err(r.randrange, "a")
err(r.choices, "abc", 3)
err(r.choices, "abc", True)
err(r.choices, "abc", [1, 2])
err(r.choices, "abc", [0, 0, 0])
err(r.choices, "abc", [1, -5, 2])
err(r.choices, "abc", [1, 2, 3], cum_weights=[1, 2, 3])
err(r.choices, "abc", [1, float("inf"), 1])
err(r.choices, "abc", "xyz")
err(r.choices, "abc", None)
err(r.choices, [], k=0)
err(r.choices, [], k=1)
err(r.gammavariate, 0, 1)
err(r.gammavariate, 1, -1)
err(r.triangular, "a", "b", "c")
err(r.betavariate, -1, 1)


class OnlyRandom(R):
    """Overrides random() only, so integers come from random() rather than getrandbits()."""

    def random(self):
        return super().random()


m = OnlyRandom(3)
print("subclass", [m.randrange(1000) for _ in range(10)], m.choice(range(100)))
print(" ", m.randrange(0, 100, 7), m.sample(range(50), 6), m.randint(-3, 3))
err(m._randbelow, 0)

random.seed(99)
print("module", random.random(), random.randint(1, 10), random.choices("abc", k=3))
print(" ", random.gammavariate(2, 1), random.vonmisesvariate(0, 2), random.triangular(0, 1, 0.2))
print(" ", random.seed.__self__ is random.random.__self__)
