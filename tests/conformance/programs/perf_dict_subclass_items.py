"""Indexing, item assignment and `in` on dict subclasses: defaultdict, Counter, __missing__,
subclasses that override the item methods, and classes changed after first use."""
from collections import Counter, defaultdict


def count_words(text):
    counts = defaultdict(int)
    firsts = defaultdict(list)
    for i, w in enumerate(text.split()):
        counts[w] += 1
        firsts[w[0]].append(i)
    return counts, firsts


counts, firsts = count_words("the cat and the hat and the bat sat on the mat")
print(sorted(counts.items()))
print(sorted((k, v) for k, v in firsts.items()))
print("the" in counts, "dog" in counts, "dog" not in counts, len(counts))
print(counts["dog"], "dog" in counts, len(counts))

c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["z"], "z" in c, c.most_common(2))
c["s"] -= 10
print(c["s"], sorted(c.elements()))

# A defaultdict with no factory raises KeyError for a missing key.
plain = defaultdict(None, {"a": 1})
print(plain["a"])
try:
    plain["b"]
except KeyError as e:
    print("KeyError", e)


class Missing(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.asked = []

    def __missing__(self, key):
        self.asked.append(key)
        return f"<{key}>"


m = Missing({"x": 1})
print(m["x"], m["y"], m[3], m.asked, "y" in m, len(m))
m["y"] = 2
print(m["y"], m.asked)


class NoMissing(dict):
    pass


n = NoMissing(a=1)
print(n["a"], "a" in n, "b" in n)
for bad in ("b", (1, 2), 7):
    try:
        n[bad]
    except KeyError as e:
        print("KeyError", repr(e))
try:
    n[[1]]
except TypeError as e:
    print("TypeError", e)
try:
    n[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    print([1] in n)
except TypeError as e:
    print("TypeError", e)


class Logged(dict):
    def __getitem__(self, key):
        print("  get", key)
        return super().__getitem__(key) * 10

    def __setitem__(self, key, value):
        print("  set", key, value)
        super().__setitem__(key, value + 1)

    def __contains__(self, key):
        print("  contains", key)
        return super().__contains__(key) or key == "always"


lg = Logged()
lg["a"] = 1
print(lg["a"], "a" in lg, "always" in lg, "b" in lg, dict.__getitem__(lg, "a"))


# The same instruction sees different classes: results must follow each one.
def probe(d, key):
    try:
        got = d[key]
    except KeyError:
        got = "KeyError"
    return got, key in d


for d in (NoMissing(k=1), Missing(k=1), Logged(k=1), Counter(k=1), defaultdict(int, k=1), {"k": 1}):
    print(type(d).__name__, probe(d, "k"), probe(d, "q"))


# A class given item methods after instances were used.
class Late(dict):
    pass


def use(d):
    d["k"] = d["k"] + 1 if "k" in d else 0
    return d["k"]


late = Late()
print([use(late) for _ in range(3)])
Late.__getitem__ = lambda self, key: 100
Late.__contains__ = lambda self, key: True
print([use(late) for _ in range(2)], dict(late))
Late.__setitem__ = lambda self, key, value: dict.__setitem__(self, key, -value)
print([use(late) for _ in range(2)], dict(late))
del Late.__getitem__, Late.__contains__, Late.__setitem__
print([use(late) for _ in range(2)], dict(late))
Late.__missing__ = lambda self, key: "filled"
print(late["nothing"], "nothing" in late)


# An instance whose class is switched keeps working with the new class's methods.
class A(dict):
    pass


class B(dict):
    def __missing__(self, key):
        return "B-missing"


obj = A()
results = []
for i in range(4):
    try:
        results.append(obj["q"])
    except KeyError:
        results.append("KeyError")
    obj.__class__ = B if obj.__class__ is A else A
print(results)


# Keys with their own __eq__ and __hash__ inside a dict subclass.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __hash__(self):
        return hash((self.x, self.y))

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


grid = defaultdict(int)
for i in range(30):
    grid[Point(i % 3, i % 4)] += i
print(len(grid), grid[Point(1, 1)], Point(2, 3) in grid, Point(9, 9) in grid, len(grid))
