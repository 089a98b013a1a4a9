import itertools as it, functools as ft, operator as op
from collections import deque
print(list(it.islice(it.count(), 3)), next(it.repeat(5)), list(it.repeat(1, 0)), list(it.repeat(1, -3)))
t1, t2, t3 = it.tee('abc', 3)
print(next(t1), list(t2), list(t1), list(t3))
print(list(it.zip_longest()), list(it.zip_longest([1], fillvalue=0)))
print(list(it.chain.from_iterable([[1], (), 'x', range(2)])))
c = it.cycle([])
print(list(it.islice(c, 3)))
print(list(it.accumulate([1, 2, 3], op.mul)), list(it.accumulate(['a', 'b'], initial='z')))
print(list(it.starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(it.product('ab', range(2), repeat=1)), len(list(it.product(range(3), repeat=4))))
print(list(it.permutations('abc')))
print(sum(1 for _ in it.combinations(range(10), 5)), list(it.combinations('abcd', 2)))
print(list(it.compress(range(10), it.cycle([1, 0, 0]))))
print(list(it.filterfalse(lambda x: x % 3, range(10))), list(filter(None, [0, 1, 2, '', None, 'a'])))
print(list(it.pairwise(range(5))), list(map(op.sub, *zip(*it.pairwise([1, 4, 9, 16])))))
print(ft.reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]), ft.reduce(op.or_, [{1}, {2}, {3}]))
@ft.lru_cache(maxsize=3)
def f(x, y=1): return x * y
f(1); f(1, y=1); f(1, 1); f(2); f(3); f(1)
print(f.cache_info(), f.cache_parameters(), f.__wrapped__(4))
p = ft.partial(max, key=len)
print(p(['aa', 'b', 'ccc']), p('x', 'yy'), repr(ft.partial(print, sep='-')), ft.partial(p, default=0)([]))
pm = ft.partialmethod
class Cell:
    def __init__(self): self.alive = False
    def set_state(self, s): self.alive = s
    set_alive = ft.partialmethod(set_state, True)
c = Cell(); c.set_alive(); print(c.alive)
@ft.singledispatch
def area(shape): raise NotImplementedError(type(shape).__name__)
@area.register(tuple)
def _(s): return s[0] * s[1]
@area.register(int)
@area.register(float)
def _(s): return s * s
print(area((2, 3)), area(3), area(1.5))
try:
    area('x')
except NotImplementedError as e:
    print('NIE', e)
class Base: pass
class Der(Base): pass
@ft.singledispatch
def who(x): return 'default'
@who.register
def _(x: Base): return 'base'
print(who(Der()), who(1))
class Acc:
    @ft.singledispatchmethod
    def add(self, x): return 'obj'
    @add.register
    def _(self, x: int): return 'int'
print(Acc().add(1), Acc().add('s'))
print(op.itemgetter(slice(1, 3))([1, 2, 3, 4]), op.itemgetter('a', 'b')({'a': 1, 'b': 2}), op.attrgetter('__class__.__name__')(1))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=op.itemgetter(0)), sorted(['bb', 'a', 'ccc'], key=len, reverse=True))
print(op.add('a', 'b'), op.mul([1], 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10), op.lshift(1, 5), op.getitem('abc', 1), op.not_(1), op.inv(5), op.abs(-2))
x = [1, 2, 3]; op.setitem(x, 0, 9); op.delitem(x, 1); print(x, op.iadd([1], [2]), op.iconcat([1], (2,)))
try:
    op.itemgetter()
except TypeError as e:
    print(e)
try:
    op.attrgetter(1)
except TypeError as e:
    print(e)
print(list(map(op.methodcaller('upper'), ['a', 'b'])), op.methodcaller('get', 'k', 0)({}))
dq = deque(range(10))
dq.rotate(3); print(dq, dq[3], dq.index(5, 2), list(it.islice(dq, 2, 5)))
dq.clear(); print(dq, bool(dq))
