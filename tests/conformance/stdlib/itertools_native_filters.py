import itertools as it
from itertools import *

def show(label, *x):
    print(label, *x)

# starmap
show("starmap", list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
show("starmap lists", list(starmap(lambda *a: sum(a), [[1, 2], [3], (), range(4)])))
show("starmap kw", list(starmap(max, ["abc", "xyz"])))

# takewhile / dropwhile
show("takewhile", list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
show("dropwhile", list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
src = iter([1, 2, 10, 3, 4])
tw = takewhile(lambda x: x < 5, src); show("takewhile consumes", list(tw), list(tw), list(src))
show("dropwhile all", list(dropwhile(lambda x: True, range(5))), list(takewhile(lambda x: True, range(3))))
def bad(x):
    if x == 3: raise KeyError(x)
    return True
try:
    list(takewhile(bad, range(5)))
except KeyError as e:
    print("takewhile err", repr(e))

# compress
show("compress", list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
show("compress short", list(compress('ABCDEF', [1, 1])), list(compress('AB', [0, 1, 1, 1])))
show("compress truthy", list(compress(range(6), ['', 'x', [], [0], 0.0, None])))

# filterfalse
show("filterfalse", list(filterfalse(lambda x: x % 2, range(10))))
show("filterfalse None", list(filterfalse(None, [0, 1, '', 'a', None, [], [1]])))

# pairwise
show("pairwise", list(pairwise('ABCDEFG')), list(pairwise('A')), list(pairwise('')))
show("pairwise none", list(pairwise([None, None, 1])))
p = pairwise(iter([1, 2, 3])); show("pairwise exhausted", list(p), list(p))

# tee
a, b = tee(range(5))
show("tee", next(a), next(a), list(b), list(a))
t = tee('abc', 3); show("tee3", [list(x) for x in t])
a, b = tee(iter(range(200)))
show("tee long", sum(a), sum(b))
a, b = tee(range(3))
c, d = tee(a)
show("tee of tee", c is a, list(c), list(d), list(b))
a, b = tee([1, 2, 3])
import copy
next(a); a2 = copy.copy(a); show("tee copy", list(a), list(a2), list(b))
show("tee type", type(a).__name__, type(a) is it._tee)
a, b = tee(x * x for x in range(5))
show("tee gen", list(zip(a, b)))
a = it._tee([7, 8]); show("_tee", list(a))
