from itertools import groupby, accumulate
import operator
data = "AAAABBBCCDAABBB"
print([(k, list(g)) for k, g in groupby(data)])
print([k for k, g in groupby(data)])
print([(k, len(list(g))) for k, g in groupby(sorted([3, 1, 2, 3, 1, 5]), key=lambda x: x % 2)])
gs = list(groupby("aabbc"))
print([(k, list(g)) for k, g in gs])
it = groupby("aaabbb")
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g), list(g2))
print(list(groupby([])))
print([k for k, _ in groupby([1, 1, 2], None)])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, grp in groupby(words, key=lambda w: w[0]):
    print(letter, ", ".join(grp))
g = groupby([1])
print(iter(g) is g, type(g).__name__, type(next(groupby([1]))[1]).__name__)
for bad in [lambda: groupby(), lambda: groupby(1), lambda: groupby([1], key=len, x=1),
            lambda: groupby([1], x=1), lambda: groupby([1], None, None),
            lambda: list(groupby([1, 2], key=len)),
            lambda: groupby(iterable=[1], key=None)]:
    try:
        r = bad()
        print("ok", [(k, list(v)) for k, v in r])
    except Exception as e:
        print(type(e).__name__, e)
print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=100)), list(accumulate([])))
print(list(accumulate("abc")))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate(range(5), func=lambda a, b: a - b, initial=None)))
for bad in [lambda: accumulate(), lambda: accumulate(1), lambda: list(accumulate([1, "a"])),
            lambda: accumulate([1], None, None), lambda: accumulate([1], foo=2)]:
    try:
        print("ok", list(bad()))
    except Exception as e:
        print(type(e).__name__, e)
a = accumulate([1, 2])
print(iter(a) is a, type(a).__name__, next(a), next(a))
try:
    next(a)
except StopIteration:
    print("stop")
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if o.v == 99: raise ValueError("bad eq")
        return self.v == o.v
    def __repr__(self): return f"Eq({self.v})"
try:
    print([(k, list(g)) for k, g in groupby([Eq(1), Eq(1), Eq(99)])])
except ValueError as e:
    print("ValueError", e)
