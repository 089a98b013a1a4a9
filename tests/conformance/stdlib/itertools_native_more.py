# More edge cases of the native itertools iterators: tee across blocks, copyable
# iterators, errors raised by sources, subclasses and reprs.
import copy
from itertools import (count, cycle, repeat, islice, zip_longest, starmap, takewhile,
                       dropwhile, compress, filterfalse, pairwise, tee, chain, accumulate)

# tee: one tee far ahead of the other, then interleaved
a, b = tee(range(500))
ahead = [next(a) for _ in range(300)]
print(ahead[-1], next(b), sum(b), sum(a))
a, b, c = tee(iter('abcdefghij' * 20), 3)
out = []
for i in range(200):
    out.append(next(a))
    if i % 2:
        out.append(next(b))
print(''.join(out)[:40], len(list(b)), len(list(c)), list(a))


class Copyable:
    def __init__(self, n=0):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n >= 3:
            raise StopIteration
        self.n += 1
        return self.n

    def __copy__(self):
        print("copied at", self.n)
        return Copyable(self.n)


x = Copyable()
t = tee(x, 3)
print(t[0] is x, [type(i).__name__ for i in t], [list(i) for i in t])


def failing():
    yield 1
    yield 2
    raise RuntimeError("source failed")


a, b = tee(failing())
print(next(a), next(a))
try:
    next(a)
except RuntimeError as e:
    print("tee error:", e)
print(list(islice(b, 2)))
t1, = tee([1, 2], 1)
print(type(t1).__name__, list(t1), list(copy.copy(t1)))

# sources that fail
for make in (lambda s: cycle(s), lambda s: islice(s, 5), lambda s: zip_longest(s, 'ab'),
             lambda s: pairwise(s), lambda s: compress(s, repeat(1)),
             lambda s: filterfalse(None, s), lambda s: takewhile(bool, s),
             lambda s: dropwhile(lambda v: False, s), lambda s: starmap(max, s)):
    it = make(([i, i] for i in [1, 2, 3] if i < 3 or 1 / 0))
    got = []
    try:
        for v in it:
            got.append(v)
    except ZeroDivisionError as e:
        print(type(it).__name__, got, "->", e)

# a predicate that fails
try:
    list(dropwhile(lambda v: 1 / v, [2, 1, 0, 5]))
except ZeroDivisionError as e:
    print("dropwhile", e)
try:
    list(filterfalse(lambda v: v.upper(), ['a', 3]))
except AttributeError as e:
    print("filterfalse", e)
try:
    list(starmap(divmod, [(1, 2), (1,)]))
except TypeError as e:
    print("starmap", e)


# subclasses keep CPython's names and behaviour
class Evens(count):
    def double(self):
        return 2 * next(self)


e = Evens(0, 2)
print(e.double())
print(next(e), next(e), repr(e), isinstance(e, count))


class Loud(repeat):
    pass


r = Loud('z', 2)
print(repr(r), list(r), repr(r))


class Window(pairwise):
    def __next__(self):
        a, b = super().__next__()
        return a + b


print(list(Window([1, 2, 3, 4])))

# counts that leave machine integers
c = count(2**62, 2**62)
print([next(c) for _ in range(3)], c)
c = count(-1.5, -0.5)
print([next(c) for _ in range(3)], c)
print(list(islice(count(10**30), 2)), repr(count(10**30, 1)))

# islice bounds given as objects with __index__ and bools
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(list(islice(range(20), I(2), I(12), I(3))), list(islice('abc', False, True)))

# iterator protocol
for obj in (count(), cycle('a'), repeat(1), islice('a', 1), zip_longest(), starmap(max, []),
            takewhile(bool, []), dropwhile(bool, []), compress([], []), filterfalse(None, []),
            pairwise([]), tee([])[0], chain(), accumulate([])):
    print(type(obj).__name__, iter(obj) is obj, hasattr(obj, '__next__'))

# zip_longest, chain and accumulate together
rows = list(zip_longest(*[[1, 2, 3], [4, 5], [6]], fillvalue=0))
print(rows, list(accumulate(chain.from_iterable(rows))))
print(list(map(list, zip_longest('ab', repeat('-', 3)))))
print(dict(zip_longest(['k1', 'k2', 'k3'], islice(count(100, 10), 2))))
