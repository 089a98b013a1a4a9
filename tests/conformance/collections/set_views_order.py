# Set operations between sets and dict views iterate in CPython's order (PYTHONHASHSEED=0).
import random
random.seed(11)
words = "alpha beta gamma delta eps zeta eta theta iota kappa lam mu".split()
for _ in range(60):
    d = {w: i for i, w in enumerate(random.sample(words, random.randint(0, 8)))}
    e = {w: i for i, w in enumerate(random.sample(words, random.randint(0, 8)))}
    s = set(random.sample(words, random.randint(0, 6)))
    l = random.sample(words, random.randint(0, 5))
    k, k2 = d.keys(), e.keys()
    print(k | s, k & s, k - s, k ^ s, s | k, s & k, s - k, s ^ k)
    print(k | k2, k & k2, k - k2, k ^ k2, k | l, l | k, k & l, l & k, k - l, l - k, k ^ l, l ^ k)
    print(d.items() & e.items(), d.items() - {("alpha", 0)}, k <= s, k < k2, k >= set(), k == s, d.items() <= e.items())
# Sets that lose members and gain new ones reuse freed slots as CPython does.
s = set(['eta', 'kappa', 'eps', 'zeta'])
s.symmetric_difference_update(dict.fromkeys(['gamma', 'eta', 'theta', 'mu', 'kappa', 'eps']))
print(s)
r = set(range(0, 64, 3))
for x in range(0, 64, 6):
    r.discard(x)
for x in range(100, 140, 4):
    r.add(x)
print(r, r - set(range(0, 200, 5)), r.difference(range(50)), r.difference({1, 2, 3}, [9, 15]))
t = set("abcdefghijklmnop")
t -= set("aeiou")
print(t)
t.difference_update("bcd")
print(t)
d = {"a": 1, "b": 2, "c": 3}
print(d.keys() <= {"a", "b", "c", "d"}, d.keys() < d.keys(), d.items() >= {("a", 1)}, {"a"} < d.keys())
