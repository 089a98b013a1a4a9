# Counter counting iterables (the native _count_elements path) and mappings, with
# subclasses that override get/__setitem__, odd counts and unhashable elements.
from collections import Counter, OrderedDict, defaultdict

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness""".lower().replace(',', '').split()
c = Counter(text)
print(c.most_common(4))
print(c['was'], c['missing'], len(c), c.total())
c.update(w for w in text if len(w) > 4)
c.update(['new', 'new'], extra=3)
c.update({'was': 10, 'zebra': 1})
print(c.most_common(3), c['new'], c['extra'], c['zebra'])
c.subtract('was was'.split())
c.subtract({'it': 100})
print(c['was'], c['it'], sorted(+c)[:3], sorted(-c))

letters = Counter('mississippi')
print(letters, sorted(letters.elements()))
print(Counter(range(5)) + Counter(range(3, 8)), Counter('aab') - Counter('abc'))
print(Counter('aab') | Counter('bcc'), Counter('aab') & Counter('abb'))
print(Counter(), Counter(None), Counter([]), Counter(''))
print(Counter(iter([1, 1, 2])), Counter((x % 3 for x in range(10))))
print(Counter({'a': 3, 'b': 1}), Counter(a=1, b=2), Counter(OrderedDict(x=2)))
print(Counter([1, 1.0, True, 2, 2.0]), Counter([(1, 2), (1, 2), frozenset({1})]))

# counts that are not small ints
big = Counter({'x': 2**63 - 1})
big.update('xx')
print(big)
fl = Counter({'y': 0.5})
fl.update('yy')
print(fl)
try:
    Counter({'s': 'a'}).update('s')
except TypeError as e:
    print("TypeError:", e)

# unhashable and non-iterable inputs
for bad in ([[1], [2]], 5, [{}, 1]):
    try:
        Counter(bad)
    except TypeError as e:
        print("TypeError:", e)


# a subclass overriding __setitem__ or get goes through them
class Logged(Counter):
    def __setitem__(self, key, value):
        print("  set", key, value)
        super().__setitem__(key, value)


print(Logged('aba'))


class Doubling(Counter):
    def get(self, key, default=None):
        return 2 * super().get(key, default)


print(Doubling('aaa'))


class Defaulting(Counter):
    def __missing__(self, key):
        return 100


d = Defaulting('ab')
print(d, d['zz'])

# a plain dict or defaultdict as the mapping of update
dd = defaultdict(int)
for w in 'to be or not to be'.split():
    dd[w] += 1
print(Counter(dd).most_common(2), Counter('to be or not to be'.split()) == Counter(dd))


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k % 2)

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __repr__(self):
        return f"Key({self.k})"


print(Counter([Key(1), Key(3), Key(1), Key(2)]))
