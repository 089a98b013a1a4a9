import itertools as it
from itertools import *

def show(label, *x):
    print(label, *x)

# islice
show("islice", list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
show("islice None", list(islice(range(5), None)), list(islice(range(10), None, None, 3)), list(islice(range(10), 1, None, None)))
show("islice over", list(islice(range(3), 1, 100)), list(islice(range(3), 5, 10)))
itr = iter(range(10))
show("islice consume", list(islice(itr, 2, 4)), next(itr))
itr = iter(range(10))
show("islice consume2", list(islice(itr, 0, 5, 3)), next(itr))
itr = iter(range(10))
show("islice 0", list(islice(itr, 0)), next(itr))
s = islice(count(), 3, 10, 4); show("islice step", list(s), list(s))
show("islice bool", list(islice(range(5), True, 4)))
class Idx:
    def __index__(self): return 2
show("islice idx", list(islice(range(5), Idx())))
def gen_err():
    yield 1
    raise ValueError("boom")
s = islice(gen_err(), 5)
try:
    print(list(s))
except ValueError as e:
    print("islice err", e, list(s))

# zip_longest
show("zl", list(zip_longest('ABCD', 'xy', fillvalue='-')))
show("zl none", list(zip_longest('AB', [1, 2, 3])))
show("zl empty", list(zip_longest()), list(zip_longest([])), list(zip_longest([], [])))
show("zl 3", list(zip_longest(range(3), 'ab', [True], fillvalue=0)))
z = zip_longest([1], [2, 3]); show("zl exhausted", list(z), list(z))

# misc combos
show("chain+islice", list(islice(chain('ab', count()), 5)))
data = [('a', 1), ('b', 2)]
show("dict zl", dict(zip_longest('abc', range(2))))
print([n for n in sorted(dir(it)) if not n.startswith("_")])
