import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.choice('abcdefg'), random.uniform(-5, 5))
print(random.choices(range(10), k=5), random.choices('abc', weights=[5, 1, 1], k=8), random.choices('xyz', cum_weights=[1, 2, 10], k=6))
print(random.sample(range(100), 10), random.sample('hello world', 4), random.sample(range(10**9), 3))
l = list(range(20)); random.shuffle(l); print(l)
print(random.gauss(0, 1), random.normalvariate(10, 2), random.triangular(0, 10, 3), random.expovariate(1.5), random.betavariate(2, 3), random.gammavariate(2.0, 1.0), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.getrandbits(1), random.getrandbits(64), random.getrandbits(200), random.randbytes(8))
random.seed('hello')
print(random.random(), random.randint(-10**20, 10**20))
random.seed(b'bytes')
print(random.random())
random.seed(2**100 + 7)
print(random.random())
random.seed(-5)
print(random.random())
random.seed(3.5)
print(random.random())
random.seed(42)
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
b = [random.random() for _ in range(3)]
print(a == b, a)
r = random.Random(7)
print(r.randint(0, 6), r.choice([1, 2, 3]), r.sample([1, 2, 3, 4], k=2), r.randrange(100), r.random())
# simulation: dice
random.seed(2024)
counts = [0] * 13
for _ in range(10000):
    counts[random.randint(1, 6) + random.randint(1, 6)] += 1
print(counts[2:])
# Monte Carlo pi
random.seed(1)
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print(inside, 4 * inside / 20000)
# random walk
random.seed(99)
pos = 0; hist = []
for _ in range(30):
    pos += random.choice((-1, 1)); hist.append(pos)
print(hist)
random.seed(5)
print([random.randrange(10) for _ in range(20)], random.randrange(-50, 50, 5), random.randrange(10**30))
for bad in [lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample(range(3), 5), lambda: random.randrange(1, 10, 0), lambda: random.choices([], k=1), lambda: random.randrange(1.5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
random.seed(0)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(random.sample(deck, k=5, counts=None) if False else random.sample(['a', 'b'], counts=[3, 2], k=4))
print(random.binomialvariate(10, 0.3) if hasattr(random, 'binomialvariate') else 'nobinom')
