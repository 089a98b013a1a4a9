import itertools as it
from operator import mul, add, itemgetter, attrgetter, methodcaller
from functools import reduce, partial, cmp_to_key, singledispatch, wraps, cached_property

sales = [("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 150),
         ("2024-02", "south", 95), ("2024-03", "north", 130), ("2024-03", "east", 40)]
print(list(it.accumulate([s[2] for s in sales])))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2], max)), list(it.accumulate([1, 2, 3], mul, initial=10)))
for month, grp in it.groupby(sales, key=itemgetter(0)):
    g = list(grp)
    print(month, sum(x[2] for x in g), [x[1] for x in g])
print(list(it.pairwise("abcd")), list(it.islice(it.count(5, 3), 4)), list(it.islice("abcdefg", 1, None, 2)))
print(list(it.product("ab", repeat=2)), len(list(it.permutations(range(4), 2))))
print(list(it.combinations("abcd", 3)), list(it.combinations_with_replacement("ab", 3)))
print(list(it.zip_longest([1, 2, 3], "ab", fillvalue="-")), list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.filterfalse(str.isdigit, "a1b2c3")))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), list(it.chain.from_iterable(["ab", "cd"])), list(it.repeat("x", 3)))
print(list(it.islice(it.cycle("xyz"), 7)))
regions = sorted({s[1] for s in sales})
table = {r: [next((s[2] for s in sales if s[0] == m and s[1] == r), 0) for m in ["2024-01", "2024-02", "2024-03"]] for r in regions}
for r, vals in table.items():
    print(f"{r:>6}", *(f"{v:5d}" for v in vals))
print(reduce(add, [[1], [2, 3], [4]], []))
def cmp(a, b):
    return (a[1] > b[1]) - (a[1] < b[1]) or (a[0] > b[0]) - (a[0] < b[0])
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=cmp_to_key(cmp)))
@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)
print(describe(3), describe("s"), describe([1, "a", [2]]))
def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        print(f"call {fn.__name__}{a}")
        return fn(*a, **k)
    return inner
@logged
def area(w, h):
    """Area."""
    return w * h
print(area(3, 4), area.__name__, area.__doc__, area.__wrapped__(1, 1))
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, c.__dict__)
up = methodcaller("replace", "a", "A")
print(up("banana"), attrgetter("r")(c), itemgetter(1, 0)("xy"), partial(max, key=len)("a", "bbb", "cc"))
p = partial(print, sep="-", end="!\n")
p(1, 2, 3)
print(p.func is print, p.args, p.keywords)
print(list(it.groupby("aaabccdaa")) and [(k, len(list(g))) for k, g in it.groupby("aaabccdaa")])
print(sum(1 for _ in it.combinations(range(20), 3)), list(it.accumulate("abc")))
