"""itertools in report-building code: groupby runs, accumulate with initial and funcs,
pairwise deltas, product/permutations/combinations counts, chain, islice, tee, starmap,
zip_longest, compress, dropwhile/takewhile, cycle, repeat, count, batching by hand."""
import itertools as it
import operator
from math import comb, perm, factorial

sales = [('2024-01', 'north', 120), ('2024-01', 'south', 80), ('2024-02', 'north', 95),
         ('2024-02', 'south', 130), ('2024-02', 'west', 40), ('2024-03', 'north', 150)]

print("== groupby")
for month, rows in it.groupby(sales, key=lambda r: r[0]):
    rows = list(rows)
    print(month, len(rows), sum(r[2] for r in rows))
print([(k, len(list(g))) for k, g in it.groupby('aaabccddddae')])
by_region = sorted(sales, key=operator.itemgetter(1))
print({k: [r[2] for r in g] for k, g in it.groupby(by_region, operator.itemgetter(1))})
groups = it.groupby([1, 1, 2, 3, 3])
first_key, first_group = next(groups)
next(groups)
print(first_key, list(first_group))
print([k for k, _ in it.groupby([])], [(k, list(g)) for k, g in it.groupby([3, 1, 4], key=lambda x: x % 2)])

print("== accumulate")
amounts = [r[2] for r in sales]
print(list(it.accumulate(amounts)))
print(list(it.accumulate(amounts, initial=1000)))
print(list(it.accumulate(amounts, max)), list(it.accumulate(amounts, operator.mul))[:3])
print(list(it.accumulate([], initial=5)), list(it.accumulate(['a', 'b', 'c'])))
print(list(it.accumulate([1, 2, 3], lambda acc, x: acc * 10 + x, initial=0)))

print("== pairwise")
print([b - a for a, b in it.pairwise(amounts)])
print(list(it.pairwise('abcd')), list(it.pairwise([1])), list(it.pairwise([])))

print("== combinatorics")
print(list(it.product('ab', repeat=2)), len(list(it.product(range(3), 'xy', [True]))))
print(len(list(it.product('abc', repeat=4))), list(it.product()), list(it.product([], 'a')))
for n, r in [(4, 2), (5, 3), (3, 0), (3, 4)]:
    print(n, r, len(list(it.permutations(range(n), r))), perm(n, r),
          len(list(it.combinations(range(n), r))), comb(n, r),
          len(list(it.combinations_with_replacement(range(n), r))), comb(n + r - 1, r))
print(list(it.permutations('abc')) == sorted(it.permutations('abc')), len(list(it.permutations(range(5)))) == factorial(5))
print(list(it.combinations('abcd', 2)))
print(list(it.combinations_with_replacement('xy', 3)))

print("== chain, islice, tee, starmap")
print(list(it.chain('ab', [1, 2], ())), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice('abcdefg', 1, None, 2)), list(it.islice(range(10), 2, 8, 3)))
a, b = it.tee(iter(amounts), 2)
print(next(a), next(a), next(b), list(zip(a, b))[:2])
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.starmap(operator.add, zip('ab', 'cd'))))

print("== zip_longest, compress, filters")
print(list(it.zip_longest('abc', [1], fillvalue='-')), list(it.zip_longest()))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('abc', it.repeat(True))))
print(list(it.dropwhile(lambda x: x < 100, amounts)), list(it.takewhile(lambda x: x > 50, amounts)))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a'])))

print("== infinite iterators")
print(list(it.islice(it.cycle('abc'), 7)), list(it.repeat('z', 3)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(zip(it.count(), 'xyz')), list(map(pow, range(4), it.repeat(2))))
print(repr(it.count(5)), repr(it.count(1, 2)), repr(it.repeat('a', 2)), repr(it.repeat(1)))


def batched(iterable, n):
    iterator = iter(iterable)
    while batch := tuple(it.islice(iterator, n)):
        yield batch


print(list(batched(range(7), 3)), list(batched([], 2)))

print("== errors")
for call in [lambda: it.islice('abc', -1), lambda: it.permutations('ab', -1), lambda: it.repeat(1, 'x'),
             lambda: it.combinations('ab'), lambda: list(it.accumulate([1, 'a'])), lambda: it.tee([], -1),
             lambda: it.product('a', repeat=-1), lambda: it.count('a'), lambda: next(it.chain(1))]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

print("== copies keep their own position")
import copy
for make in [lambda: it.permutations('abc', 2), lambda: it.combinations('abcd', 2),
             lambda: it.combinations_with_replacement('ab', 2), lambda: it.product('ab', 'xy'),
             lambda: it.count(3, 2), lambda: it.repeat('x', 4)]:
    source = make()
    next(source)
    twin = copy.copy(source)
    deep = copy.deepcopy(source)
    print(type(source).__name__, list(it.islice(twin, 3)), list(it.islice(deep, 3)),
          list(it.islice(source, 3)))
