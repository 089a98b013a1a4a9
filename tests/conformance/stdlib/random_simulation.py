# random: a seeded simulation (a queue at a bank, a card game, a random walk and a Monte
# Carlo estimate) whose every number must match CPython.
import random

class Bank:
    def __init__(self, seed, tellers):
        self.rng = random.Random(seed)
        self.tellers = tellers

    def run(self, customers):
        free_at = [0.0] * self.tellers
        t = 0.0
        waits = []
        for _ in range(customers):
            t += self.rng.expovariate(1 / 2.0)
            service = max(0.5, self.rng.gauss(5.0, 1.5))
            i = min(range(self.tellers), key=lambda k: free_at[k])
            start = max(t, free_at[i])
            waits.append(start - t)
            free_at[i] = start + service
        return waits

for seed, tellers in [(1, 2), (2, 3), (3, 4)]:
    w = Bank(seed, tellers).run(300)
    print("bank", seed, tellers, round(sum(w) / len(w), 9), round(max(w), 9),
          sum(1 for x in w if x == 0))

SUITS = "SHDC"
RANKS = "23456789TJQKA"

def deal(rng):
    deck = [r + s for s in SUITS for r in RANKS]
    rng.shuffle(deck)
    return [sorted(deck[i * 5:(i + 1) * 5]) for i in range(4)]

rng = random.Random("poker")
for round_no in range(4):
    hands = deal(rng)
    print("deal", round_no, hands)

def walk(rng, steps):
    x = y = 0
    seen = {(0, 0)}
    for _ in range(steps):
        dx, dy = rng.choice([(1, 0), (-1, 0), (0, 1), (0, -1)])
        x += dx
        y += dy
        seen.add((x, y))
    return x, y, len(seen)

for seed in range(5):
    print("walk", seed, walk(random.Random(seed), 2000))

rng = random.Random(314159)
inside = 0
N = 20000
for _ in range(N):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi estimate", 4 * inside / N)

# A weighted lottery with replacement, then raffle winners without replacement.
rng = random.Random(99)
names = ["ann", "bob", "cy", "dee", "eve", "fay"]
tickets = [5, 1, 3, 2, 8, 1]
drawn = rng.choices(names, weights=tickets, k=1000)
print("lottery", sorted((n, drawn.count(n)) for n in names))
print("raffle", rng.sample(names, counts=tickets, k=6))

# Module-level functions share one hidden generator.
random.seed(2718)
a = [random.random(), random.randint(0, 9), random.choice("xyz")]
random.seed(2718)
b = [random.random(), random.randint(0, 9), random.choice("xyz")]
print(a == b, a)
