# Set methods and operators on mixed strings, ints and tuples iterate in CPython's order (PYTHONHASHSEED=0).
import random
random.seed(99)
pool = [f"w{i}" for i in range(40)] + list(range(30)) + [(i, "t") for i in range(10)]
def rs(n): return set(random.sample(pool, n))
for trial in range(80):
    a, b, c = rs(random.randint(0, 25)), rs(random.randint(0, 25)), rs(random.randint(0, 8))
    l = random.sample(pool, random.randint(0, 10))
    out = [a.union(b, l), a.intersection(b, c), a.difference(b, l), a.symmetric_difference(l), a | b, a & b, a - b, a ^ b, frozenset(a) | b, b | frozenset(a)]
    x = set(a); x.intersection_update(b, l); out.append(x)
    x = set(a); x.update(l, c); out.append(x)
    x = set(a); x ^= b; out.append(x)
    x = set(a); x &= c; out.append(x)
    x = set(a); x |= c; out.append(x)
    x = set(a)
    for _ in range(random.randint(0, 10)):
        if x and random.random() < 0.5: x.pop()
        else: x.add(random.choice(pool))
    out.append(x)
    x = set(a)
    for v in l:
        x.discard(v); x.add(str(v) + "!")
    out.append(x)
    print(trial, out, a.isdisjoint(b), a <= b, a >= c)
