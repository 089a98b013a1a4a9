from collections import Counter, OrderedDict, defaultdict
c = Counter({'a': 3, 'b': 3, 'c': 1, 'd': 3})
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(repr(Counter()), Counter(a=0), Counter(a=-1), str(Counter('aab')))
c2 = Counter(a=1, b=-2)
print(c2 + Counter(), c2 - Counter(), +c2, -c2, c2 | Counter(), c2 & Counter(a=5))
c3 = Counter('hello'); c3.update('world'); c3.update({'z': 2}); print(c3)
c3.subtract('lll'); print(c3, c3.total())
c3 += Counter(l=5); print(c3)
c3 -= Counter(o=1); c3 |= Counter(q=1); c3 &= Counter('hq'); print(c3)
print(Counter('ab') == Counter('ba'), Counter(a=1) < Counter(a=2), Counter(a=1) >= Counter(), Counter(a=1, b=0) == Counter(a=1))
print(Counter(a=2) <= Counter(a=2, b=1), Counter(a=2) > Counter(a=1), Counter(a=1) != Counter(a=1, b=0))
print(Counter.fromkeys if False else '', sorted(Counter('mississippi').elements()))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NIE', e)
print(Counter('abc')['z'], 'z' in Counter('abc'), len(Counter('aab')), list(Counter('bca')))
del c3['h']; print(c3)
d = Counter(); d['x'] += 1; d['y'] -= 1; print(d, dict(d))
print(Counter([1, 1, 2]) + Counter([2.0]), Counter(['a', 'b']).most_common(1)[0])
words = 'the quick brown fox jumps over the lazy dog the fox'.split()
wc = Counter(words)
for w, n in wc.most_common(3): print(f'{w:>6}: {n}')
print(sorted(wc, key=lambda w: (-wc[w], w))[:4])
print(Counter(len(w) for w in words))
print(Counter(x % 3 for x in range(10)).most_common())
inv = defaultdict(Counter)
for w in words: inv[w[0]][w] += 1
print({k: dict(v) for k, v in sorted(inv.items())})
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['b'] = 3
print(od, list(od.keys()), od.popitem(last=False))
od2 = OrderedDict(zip('xyz', range(3)))
print(od2 == OrderedDict(zip('zyx', range(3))), od2.setdefault('w', 9), od2, od2.pop('x'), od2)
od2.update(q=1); print(list(od2.items()), repr(od2.keys()), repr(od2.values()), repr(od2.items()))
print(OrderedDict.fromkeys('ab', 0), list(reversed(OrderedDict(a=1, b=2))))
x = {'k': 1, 'j': 2}
x |= [('m', 3)]
print(x, {**x, 'k': 0}, x.keys() - {'k'}, x.items() & {('j', 2)}, x.keys().isdisjoint('zq'))
print(sorted(x.items(), key=lambda kv: kv[1], reverse=True), dict(sorted(x.items())), max(x, key=x.get))
m = x.keys().mapping; print(m, type(m).__name__)
e = {}
print(e.setdefault('a', []), e, e.pop('a'), e.get('a', 'none'))
print(list(dict.fromkeys('banana')), dict(zip(range(3), 'abc')), {k: v for k, v in [(1, 2), (1, 3)]})
nested = {'a': {'b': {'c': 1}}}
print(nested['a']['b'].get('c'), nested.get('z', {}).get('y'))
print(len({1: 1, True: 2, 1.0: 3}), {1: 1, True: 2, 1.0: 3})
