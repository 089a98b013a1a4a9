# itertools: every iterator, with the edge cases programs rely on.
import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement,
                       compress, count, cycle, dropwhile, filterfalse, groupby, islice,
                       pairwise, permutations, product, repeat, starmap, takewhile, tee,
                       zip_longest)
import operator

print("count")
c = count()
print(next(c), next(c), next(c))
print(list(islice(count(10), 4)))
print(list(islice(count(1, 3), 5)))
print(list(islice(count(2.5, 0.5), 4)))
print(list(islice(count(5, -2), 4)))
print(repr(count()), repr(count(5)), repr(count(1, 2)), repr(count(1.5)))
c = count(3)
next(c)
print(repr(c))
print(list(zip(count(), "abc")))

print("cycle")
print(list(islice(cycle("abc"), 8)))
print(list(islice(cycle([1]), 3)))
print(list(cycle([])))
cy = cycle(x * x for x in range(3))
print([next(cy) for _ in range(7)])

print("repeat")
print(list(repeat("x", 3)))
print(list(repeat(1, 0)), list(repeat(1, -5)))
print(list(islice(repeat(7), 4)))
print(repr(repeat("a")), repr(repeat(2, 3)))
print(list(map(pow, range(5), repeat(2))))

print("accumulate")
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)))
print(list(accumulate([])))
print(list(accumulate(["a", "b", "c"])))
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=0)))

print("chain")
print(list(chain("ab", [1, 2], (), range(3))))
print(list(chain()))
print(list(chain.from_iterable(["ab", "cd", ""])))
print(list(chain.from_iterable([x] * x for x in range(4))))
ch = chain([1, 2], [3])
print(next(ch), list(ch), list(ch))

print("compress")
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), [True, False] * 3)))

print("dropwhile / takewhile / filterfalse")
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: True, [])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
it = iter(range(10))
print(list(takewhile(lambda x: x < 3, it)), next(it))

print("groupby")
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for key, group in groupby(words, key=lambda w: w[0]):
    print(key, list(group))
data = sorted([("b", 2), ("a", 1), ("b", 5), ("a", 3), ("c", 0)])
for key, group in groupby(data, operator.itemgetter(0)):
    print(key, sum(v for _, v in group))
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
g = groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g2), list(g1))
print([(k, len(list(v))) for k, v in groupby([])])
print([(k, list(v)) for k, v in groupby(range(10), lambda x: x // 3)])

print("islice")
print(list(islice("ABCDEFG", 2)))
print(list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)))
print(list(islice("ABCDEFG", 1, 6, 2)))
print(list(islice("ABC", 10)))
print(list(islice("ABC", 5, 2)))
print(list(islice(range(100), 0)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 4, 2)), next(it))
for bad in [(-1,), (1, -2), (0, 5, 0), ("a",)]:
    try:
        islice("abc", *bad)
    except ValueError as e:
        print("ValueError", e)

print("starmap")
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))

print("tee")
a, b = tee(range(5))
print(list(a), list(b))
a, b, c = tee("xyz", 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0))
src = iter(range(6))
x, y = tee(src)
print(list(islice(x, 3)), list(y), list(x))
a, b = tee(iter([1, 2, 3]))
a2, = tee(a, 1)
print(list(a2), list(b))

print("zip_longest")
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(zip_longest()))
print(list(zip_longest("ab")))

print("product")
print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product("ab", [1, 2], repeat=2))[:5])
print(list(product()))
print(list(product("ab", [])))
print(len(list(product(range(3), range(4), range(5)))))
print(["".join(p) for p in product("01", repeat=2)])

print("permutations")
print(list(permutations("ABC", 2)))
print(list(permutations(range(3))))
print(list(permutations([1, 2], 3)))
print(list(permutations([], 0)), list(permutations("ab", 0)))
print(len(list(permutations(range(5)))))

print("combinations")
print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)))
print(list(combinations("AB", 3)), list(combinations("AB", 0)))
print(len(list(combinations(range(10), 4))))

print("combinations_with_replacement")
print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(len(list(combinations_with_replacement(range(5), 3))))

print("pairwise")
print(list(pairwise("ABCDE")))
print(list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])

print("errors")
for f, args in [(permutations, ("ab", -1)), (combinations, ("ab", -1)),
                (combinations_with_replacement, ("ab", -1))]:
    try:
        f(*args)
    except ValueError as e:
        print(f.__name__, "ValueError", e)
try:
    product("ab", repeat=-1)
except ValueError as e:
    print("product ValueError", e)
try:
    tee("ab", -1)
except ValueError as e:
    print("tee ValueError", e)

print("recipes")
def take(n, iterable):
    return list(islice(iterable, n))
def flatten(lists):
    return chain.from_iterable(lists)
def roundrobin(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        for it in list(iterators):
            try:
                yield next(it)
            except StopIteration:
                iterators.remove(it)
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))
print(take(3, count(7)))
print(list(flatten([[1, 2], [3], []])))
print(list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])))
print(list(unique_justseen("AAAABBBCCDAABBB")))
print(list(unique_justseen("ABBcCAD", str.lower)))
print(sum(1 for _ in product(range(10), repeat=3)))
print(dict(zip(count(1), "abc")))
