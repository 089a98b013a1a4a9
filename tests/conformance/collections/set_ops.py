a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b, {4})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({7}), {1} < a, a >= a)
s = set()
s.add(3); s.add(3); s.update([1, 2], (7,)); print(sorted(s), len(s))
s.discard(99); s.remove(7); print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
p = {5}
print(p.pop(), p)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
c = {1, 2, 3}
c |= {4}; c &= {2, 3, 4}; c -= {3}; c ^= {9, 2}; print(sorted(c))
fs = frozenset([3, 1, 2])
print(sorted(fs), fs == {1, 2, 3}, type(fs | {4}).__name__, type({4} | fs).__name__, {fs: "key"}[frozenset({1, 2, 3})])
words = "the cat and the hat and the bat".split()
print(sorted(set(words)), len(set(words)), sorted({w[0] for w in words}))
print(set() == set(), repr(set()), repr(frozenset()), sorted({x % 4 for x in range(20)}))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
s2 = {1, 2, 3}
s2.intersection_update({2, 3, 4}); s2.difference_update({3}); print(s2)
