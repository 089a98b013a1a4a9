# random: the real-valued distributions give CPython's exact floats for fixed seeds.
import math
import random

def show(name, values):
    print(name, [repr(v) for v in values])

for seed in (1, 17, 2024, 31337, "dist"):
    random.seed(seed)
    print("seed", repr(seed))
    show("  uniform", [random.uniform(-2, 5) for _ in range(3)] + [random.uniform(10, 1)])
    show("  triangular", [random.triangular(), random.triangular(0, 10, 2),
                          random.triangular(5, 1), random.triangular(3, 3, 3)])
    show("  gauss", [random.gauss() for _ in range(3)] + [random.gauss(100, 15)])
    show("  normalvariate", [random.normalvariate() for _ in range(2)]
         + [random.normalvariate(-3, 0.5)])
    show("  lognormvariate", [random.lognormvariate(0, 1), random.lognormvariate(1, 0.25)])
    show("  expovariate", [random.expovariate(1), random.expovariate(0.1),
                           random.expovariate(-2)])
    show("  vonmisesvariate", [random.vonmisesvariate(0, 0), random.vonmisesvariate(1, 4),
                               random.vonmisesvariate(math.pi, 0.5)])
    show("  gammavariate", [random.gammavariate(0.3, 1), random.gammavariate(1.0, 2),
                            random.gammavariate(2.5, 1.5), random.gammavariate(50, 0.1)])
    show("  betavariate", [random.betavariate(0.5, 0.5), random.betavariate(2, 5),
                           random.betavariate(10, 1)])
    show("  paretovariate", [random.paretovariate(1), random.paretovariate(3.5)])
    show("  weibullvariate", [random.weibullvariate(1, 1), random.weibullvariate(2, 0.5)])

# Many draws: sums are exact when every draw is.
random.seed(12345)
print(repr(sum(random.random() for _ in range(2000))))
print(repr(sum(random.gauss(0, 1) for _ in range(1000))))
print(repr(sum(random.expovariate(2.0) for _ in range(1000))))
print(repr(sum(random.gammavariate(0.7, 1.0) for _ in range(300))))
print(repr(sum(random.betavariate(1.5, 2.5) for _ in range(300))))

# gauss() caches its second value; getstate() carries it.
random.seed(9)
random.gauss()
state = random.getstate()
print(state[0], len(state[1]), repr(state[2]))
after = [random.gauss() for _ in range(3)]
random.setstate(state)
print(after == [random.gauss() for _ in range(3)])

for bad in [lambda: random.gammavariate(0, 1), lambda: random.gammavariate(1, -1),
            lambda: random.expovariate(0), lambda: random.uniform("a", "b")]:
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
