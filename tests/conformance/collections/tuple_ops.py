t = (1, 2, 3, 2, 1)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t.count(2), t.index(3), 2 in t)
print((1,), (), tuple(), tuple([1, 2]), tuple("ab"), (1, 2) + (3,), (0,) * 3)
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
a, b, c = (10, 20, 30); print(a + b + c)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 99), max([(1, "b"), (1, "a"), (0, "z")]))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pt"}[(1, 2)])
points = [(3, 1), (1, 2), (2, 2), (1, 1)]
print(sorted(points), sorted(points, key=lambda p: (p[1], -p[0])))
print(tuple(x * 2 for x in t), sum(t), min(t), max(t))
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats([4, 8, 15, 16, 23, 42]); print(lo, hi, mean)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
