import random
for seed in [0, 1, -1, 2**100, 'hello', b'bytes', bytearray(b'ba'), 3.14, None if False else 42]:
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.randint(0, 10**30), random.randrange(-50, 50, 3))
random.seed(99)
print(random.sample(range(10**12), 3), random.sample(['a', 'b', 'c'], k=5, counts=[3, 1, 2]))
print(random.choices(range(5), cum_weights=[1, 1, 5, 6, 10], k=10), random.choices('xyz', k=4))
print(random.getrandbits(0) if hasattr(random, 'getrandbits') else '', random.getrandbits(1), random.getrandbits(100), random.randbytes(7))
print(random.lognormvariate(0, 1), random.normalvariate(5, 2), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 1.5), random.gammavariate(2.5, 1), random.gammavariate(0.5, 1), random.betavariate(0.5, 0.5))
print(random.triangular(0, 10, 3), random.uniform(5, 1), random.randrange(10), random.randrange(0, 1000000007, 2))
l = list(range(20)); random.shuffle(l); print(l)
class MyRandom(random.Random):
    pass
m = MyRandom(5); print(m.random(), m.choice('abcdef'))
r1 = random.Random(123); r2 = random.Random(); r2.seed(123); print(r1.random() == r2.random())
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0), lambda: random.sample({1, 2}, 1), lambda: random.choices([], k=1), lambda: random.randint(1.5, 3), lambda: random.sample([1], -1), lambda: random.choices([1, 2], weights=[1], k=1), lambda: random.choices([1], weights=[0])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
random.seed(7)
deck = [f"{r}{s}" for s in 'SHDC' for r in 'A23456789TJQK']
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
print(hands)
walk = [0]
for _ in range(30):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk, max(walk), min(walk))
print([round(random.expovariate(0.5), 3) for _ in range(5)], random.binomialvariate(10, 0.3) if hasattr(random, 'binomialvariate') else '')
st = random.getstate(); print(type(st), len(st), st[0], len(st[1]))
