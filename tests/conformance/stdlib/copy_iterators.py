"""copy and deepcopy of the built-in iterators: each copy yields what the original has left,
independently of it; deep copies own copies of what they iterate over."""
import copy


def show(label, it):
    c = copy.copy(it)
    d = copy.deepcopy(it)
    print(f"{label}: copy={list(c)} deep={list(d)} original={list(it)}")


def advanced(it, n=1):
    for _ in range(n):
        next(it)
    return it


show("list", advanced(iter([1, 2, 3, 4])))
show("empty list", iter([]))
show("tuple", advanced(iter((5, 6, 7)), 2))
show("str", advanced(iter("héllo"), 2))
show("ascii str", advanced(iter("hello"), 4))
show("bytes", advanced(iter(b"abc")))
show("bytearray", iter(bytearray(b"xy")))
show("range", advanced(iter(range(2, 20, 3)), 2))
show("reversed range", advanced(reversed(range(5))))
show("big range", advanced(iter(range(10**20, 10**20 + 4))))
show("dict keys", advanced(iter({'a': 1, 'b': 2, 'c': 3})))
show("dict values", iter({'a': [1], 'b': [2]}.values()))
show("dict items", advanced(iter({'a': 1, 'b': 2}.items())))
show("reversed dict", advanced(reversed({'x': 1, 'y': 2, 'z': 3})))
show("set", iter({1}))
show("reversed list", advanced(reversed([1, 2, 3])))
show("reversed str", reversed("abc"))
show("enumerate", advanced(enumerate("abcd", 10)))
show("zip", advanced(zip([1, 2, 3], "xyz")))
show("map", map(str.upper, ["a", "b"]))
show("filter", advanced(filter(None, [0, 1, 0, 2, 3])))
show("exhausted", advanced(iter([1]), 1))

print("== deep copies own their data")
data = [[1], [2], [3]]
it = iter(data)
next(it)
deep = copy.deepcopy(it)
shallow = copy.copy(it)
data[2].append('changed')
print(list(deep), list(shallow))

print("== an iterator inside a structure")
state = {'name': 'job', 'pending': iter(['a', 'b', 'c'])}
next(state['pending'])
snapshot = copy.deepcopy(state)
print(next(state['pending']), next(snapshot['pending']), list(snapshot['pending']))
shared = iter([1, 2, 3])
pair = copy.deepcopy([shared, shared])
print(pair[0] is pair[1], next(pair[0]), next(pair[1]))

print("== __reduce__ and __setstate__")
it = iter([10, 20, 30, 40])
next(it)
func, args, pos = it.__reduce__()
print(func is iter, args, pos)
it.__setstate__(3)
print(list(it))
it = iter([1, 2, 3])
it.__setstate__(-5)
print(list(it))
it = iter([1, 2, 3])
it.__setstate__(99)
print(list(it))
it = iter("abcdef")
it.__setstate__(4)
print(list(it))
it = reversed([1, 2, 3, 4])
it.__setstate__(1)
print(list(it))
it = reversed([1, 2, 3])
it.__setstate__(-7)
print(list(it))
it = iter((1, 2, 3))
list(it)
print(it.__reduce__())
it = iter("xy")
list(it)
print(it.__reduce__())
it = iter({1: 2})
print(it.__reduce__())
list(it)
print(it.__reduce__())
it = iter({'k'}.__iter__())
print(it.__reduce__())
it = iter(b'q')
print(it.__reduce__())
try:
    iter([1]).__setstate__('x')
except TypeError as e:
    print("TypeError:", e)
print(hasattr(iter({}), '__setstate__'), hasattr(iter([]), '__setstate__'),
      hasattr(zip(), '__setstate__'), hasattr(map(len, []), '__setstate__'))

print("== itertools over built-in iterators")
import itertools
import collections
show("chain", advanced(itertools.chain('ab', 'cd')))
show("islice", advanced(itertools.islice(range(10), 2, 8, 2)))
show("zip_longest", advanced(itertools.zip_longest('ab', 'xyz')))
show("accumulate", advanced(itertools.accumulate([1, 2, 3, 4])))
show("starmap", itertools.starmap(pow, [(2, 3), (3, 2)]))
show("compress", advanced(itertools.compress('abcd', [1, 0, 1, 1])))
show("deque", advanced(iter(collections.deque([1, 2, 3]))))
show("reversed deque", advanced(reversed(collections.deque([1, 2, 3]))))
