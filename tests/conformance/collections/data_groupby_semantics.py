from itertools import groupby
import math
nan = float('nan')
print([(k, len(list(g))) for k, g in groupby([nan, nan, float('nan')])])
class K:
    n = 0
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        K.n += 1
        return self.v == o.v
    def __repr__(self): return f'K({self.v})'
a = K(1)
print([(k, list(g)) for k, g in groupby([a, a, K(1), K(2)])], K.n)
class Bad:
    def __eq__(self, o): raise ValueError('no eq')
b = Bad()
print([k is b for k, g in groupby([b, b])])
try:
    list(groupby([Bad(), Bad()]))
except ValueError as e:
    print('VE', e)
g = groupby('aabbbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), [k for k, _ in g])
g = groupby('aaab')
k, grp = next(g)
print(next(grp), k)
k2, grp2 = next(g)
print(k2, list(grp), list(grp2))
words = 'apple avocado banana blueberry cherry cranberry date'.split()
for letter, ws in groupby(words, key=lambda w: w[0]):
    print(letter, list(ws))
data = [('x', 1), ('x', 2), ('y', 3), ('x', 4)]
print([(k, [v for _, v in g]) for k, g in groupby(data, lambda p: p[0])])
print([(k, sum(1 for _ in g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])
print(list(groupby([])), [k for k, _ in groupby(range(5), key=lambda x: x // 2)])
runs = ''.join(f'{len(list(g))}{k}' for k, g in groupby('WWWWBBBWWCCCCD'))
print(runs)
try:
    groupby(5)
except TypeError as e:
    print(e)
try:
    groupby()
except TypeError as e:
    print(e)
print([(k, list(v)) for k, v in groupby("ab", key=None)])
it = groupby([3, 1, 1])
print(type(it).__name__, type(next(it)[1]).__name__, iter(it) is it)
def gen():
    yield 1
    yield 1
    raise RuntimeError('boom')
try:
    for k, g in groupby(gen()):
        print(k, list(g))
except RuntimeError as e:
    print('RE', e)
