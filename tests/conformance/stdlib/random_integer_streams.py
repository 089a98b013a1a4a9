"""Seeded integer draws must follow CPython's stream for every size of bound, and
subclasses that override getrandbits() or random() must be the ones drawing."""
import random

rng = random.Random(2024)
for bound in (1, 2, 3, 7, 100, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**40 + 3, 2**63 - 1, 2**63,
              2**64, 2**64 + 1, 10**30):
    print(bound.bit_length(), [rng.randrange(bound) for _ in range(4)])
print([rng.randint(-5, 5) for _ in range(12)])
print([rng.randint(10**20, 10**20 + 10) for _ in range(5)])
print([rng.randrange(0, 100, 7) for _ in range(6)], [rng.randrange(50, 0, -3) for _ in range(6)])
print(rng.randint(3, 3), rng.randint(True, 5))
deck = list(range(20))
rng.shuffle(deck)
print(deck)
print(rng.choice("abcdefgh"), rng.sample(range(1000), 5), rng.choices("xyz", k=6))


class Counting(random.Random):
    calls = 0

    def getrandbits(self, k):
        Counting.calls += 1
        return super().getrandbits(k)


class FromFloats(random.Random):
    def random(self):
        return super().random()


c = Counting(7)
print([c.randint(1, 6) for _ in range(10)], Counting.calls > 0)
f = FromFloats(7)
print([f.randint(1, 6) for _ in range(10)], [f.randrange(1000) for _ in range(3)])
random.seed(99)
print(random.randint(1, 10**6), random.getrandbits(70), random.randrange(2**33))
for bad in ((5, 1), (0, 0.5)):
    try:
        rng.randint(*bad)
    except ValueError as e:
        print("ValueError:", e)
rng.randrange(0)
