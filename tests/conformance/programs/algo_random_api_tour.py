import random
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print(random.choice(['a', 'b', 'c']), random.sample(range(50), 5), random.uniform(1, 2), random.gauss(0, 1), random.normalvariate(5, 2))
l = list(range(20)); random.shuffle(l); print(l)
print(random.choices('abcde', weights=[1, 2, 3, 4, 5], k=10))
print(random.getrandbits(100), random.randrange(10**30), random.randrange(-50, 50, 3), random.triangular(0, 10, 3), random.betavariate(2, 3), random.expovariate(1.5), random.gammavariate(2.0, 1.0), random.gammavariate(0.5, 1.0), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(8))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)])
random.seed('hello'); print(random.random())
random.seed(b'hello'); print(random.random())
random.seed(-5); print(random.random())
random.seed(2**100); print(random.random())
random.seed(3.5); print(random.random())
random.seed(None if False else 0); print(random.random())
r = random.Random(7); print(r.randint(0, 100), r.sample(['x','y','z'], 2), r.choices(range(5), cum_weights=[1,1,1,1,10], k=4))
try: random.choice([])
except IndexError as e: print(e)
try: random.sample(range(3), 5)
except ValueError as e: print(e)
try: random.randrange(5, 5)
except ValueError as e: print(e)
try: random.randint(5, 1)
except ValueError as e: print(e)
try: random.randrange(1.5)
except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: random.sample({1,2,3}, 2)
except TypeError as e: print(e)
try: random.choices('ab', weights=[1], k=2)
except ValueError as e: print(e)
try: random.choices('ab', weights=[0, 0], k=2)
except ValueError as e: print(e)
random.seed(1)
deck = [f"{r}{s}" for s in 'SHDC' for r in 'A23456789TJQK']
random.shuffle(deck)
print(deck[:13])
print(random.sample(deck, k=5, counts=None) if False else random.sample(['r','g'], counts=[3, 2], k=4))
print(random.binomialvariate(10, 0.3) if hasattr(random, 'binomialvariate') else 'nobinom')
# Monte carlo pi
random.seed(2024)
n = 20000
inside = sum(1 for _ in range(n) if random.random()**2 + random.random()**2 <= 1)
print(4 * inside / n)

class R(random.Random):
    pass
r = R(5); print(r.random(), r.randint(1, 9))
class R2(random.Random):
    def random(self):
        return super().random() / 2
r = R2(5); print(r.random(), r.choice('abc'), r.randrange(10))
print(random.Random.random(random.Random(3)))
m = random.Random(1).random
print(m(), type(random.random).__name__)
try: random.random(1)
except TypeError as e: print(e)
