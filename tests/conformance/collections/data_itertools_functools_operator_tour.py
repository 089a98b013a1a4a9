import itertools as it, functools as ft, operator as op
print(hasattr(it, 'batched'))
print(list(it.accumulate([1, 2, 3, 4], initial=10)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([], initial=5)), list(it.accumulate('abc')))
print(list(it.product('ab', repeat=2)), list(it.product()), list(it.product([1, 2], [])))
print(list(it.permutations(range(3), 2)), list(it.permutations([], 0)), list(it.permutations('ab', 3)))
print(list(it.combinations_with_replacement('abc', 2)))
print(list(it.combinations(range(4), 0)), list(it.combinations(range(2), 3)))
for k, g in it.groupby(sorted('mississippi')):
    print(k, list(g), end='; ')
print()
g = it.groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(g); k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(list(it.zip_longest('abc', [1], fillvalue='-')), list(it.pairwise('abcd')), list(it.pairwise('a')))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1])), list(it.islice(it.cycle('ab'), 5)), list(it.islice(it.count(1, 0.5), 4)))
print(list(it.islice(range(10), 2, 8, 3)), list(it.islice('abc', None)), list(it.filterfalse(None, [0, 1, '', 'a'])))
a, b = it.tee(iter([1, 2, 3]), 2)
print(list(a), list(b))
print(repr(it.count(5)), repr(it.count(1.5, 2)), repr(it.repeat('x', 3)), repr(it.count(2, 1)), repr(it.repeat(1)))
c = it.count(3); next(c); print(c)
print(list(it.chain.from_iterable(['ab', 'cd'])), list(it.chain('a', [1])))
for bad in [lambda: it.islice('abc', -1), lambda: it.islice('abc', 0, 1, 0), lambda: it.permutations('a', -1), lambda: it.combinations('a', -2), lambda: it.repeat(), lambda: it.product('a', repeat=-1), lambda: it.islice('a', 'x'), lambda: it.tee([], -1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(ft.reduce(op.add, [1, 2, 3]), ft.reduce(op.mul, [], 1))
try:
    ft.reduce(op.add, [])
except TypeError as e:
    print(e)
p = ft.partial(int, base=2)
print(p('101'), repr(p), p.func, p.args, p.keywords)
def f(a, b, c=3): return a + b + c
p2 = ft.partial(ft.partial(f, 1), 2)
print(repr(p2).split(' at ')[0], p2(), p2.args)
@ft.lru_cache(maxsize=2)
def sq(x): return x * x
for x in [1, 2, 1, 3, 2, 1]: sq(x)
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@ft.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@ft.lru_cache(maxsize=None, typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info())
@ft.singledispatch
def show(x): return 'obj:' + repr(x)
@show.register
def _(x: int): return 'int:%d' % x
@show.register(list)
def _(x): return 'list:' + ','.join(map(show, x))
print(show(1), show('a'), show([1, 'b', True]), show.dispatch(bool).__name__)
print(sorted(show.registry, key=lambda c: c.__name__))
def deco(fn):
    @ft.wraps(fn)
    def w(*a, **k):
        return fn(*a, **k)
    return w
@deco
def documented(x):
    "doc here"
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
class C:
    def __init__(self): self.n = 0
    @ft.cached_property
    def val(self):
        self.n += 1
        return self.n * 10
c = C(); print(c.val, c.val, c.n, c.__dict__)
del c.val; print(c.val)
@ft.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) >= V(2), V(3) > V(2), V(2) <= V(2))
print(sorted([3, 1, 2], key=ft.cmp_to_key(lambda a, b: b - a)))
print(op.itemgetter(1, 0)('ab'), op.attrgetter('real', 'imag')(3 + 4j), op.methodcaller('split', ',')('a,b'))
print(repr(op.itemgetter(1)), repr(op.attrgetter('a.b')), repr(op.methodcaller('m', 1, k=2)))
print(op.index(5), op.concat([1], [2]), op.contains('abc', 'b'), op.countOf([1, 1, 2], 1), op.indexOf([1, 2], 2))
try:
    op.indexOf([1, 2], 3)
except ValueError as e:
    print(e)
print(op.length_hint(iter([1, 2, 3])), op.neg(3), op.truth([]), op.is_(None, None))
