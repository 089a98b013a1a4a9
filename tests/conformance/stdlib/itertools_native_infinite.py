import itertools as it
from itertools import *

def show(label, *x):
    print(label, *x)

# count
c = count(); show("count", [next(c) for _ in range(3)]); show("count repr", repr(c))
c = count(10, -3); show("count neg", list(islice(c, 4)), c)
c = count(0.5, 0.25); show("count float", list(islice(c, 4)), c)
c = count(True, 2); show("count bool", [next(c), next(c)], c)
c = count(1.0, True); show("count f-b", [next(c), next(c)], c)
c = count(2**63 - 2); show("count big", [next(c) for _ in range(4)], c)
c = count(1j, 1); show("count complex", [next(c), next(c)], c)
from fractions import Fraction
from decimal import Decimal
c = count(Fraction(1, 3), Fraction(1, 3)); show("count frac", [next(c) for _ in range(3)], c)
c = count(Decimal('1.5')); show("count dec", [next(c) for _ in range(2)], c)
show("zip count", list(zip('abc', count(1))))
show("count iter is self", iter(c) is c)
class MyCount(count):
    pass
m = MyCount(5); next(m); show("subclass", repr(m), type(m).__name__, isinstance(m, count))

# cycle
cy = cycle('ab'); show("cycle", [next(cy) for _ in range(5)])
cy = cycle([]); show("cycle empty", list(cy))
def gen():
    yield 1; yield 2
cy = cycle(gen()); show("cycle gen", [next(cy) for _ in range(5)])
show("cycle repr", repr(cycle([1]))[:23])

# repeat
show("repeat", list(repeat('x', 3)), list(repeat(None, 0)), list(repeat(5, -1)))
show("repeat map", list(map(pow, range(5), repeat(2))))
r = repeat([1]); a = next(r); b = next(r); show("repeat same", a is b)
r = repeat(1, 2); show("repeat exhaust", list(r), repr(r), r.__length_hint__())
