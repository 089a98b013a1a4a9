"""The operator module: native functions, their results and CPython's error messages."""
import operator
from functools import reduce
print(reduce(operator.mul, range(1, 20)), list(map(operator.add, [1, 2], [10, 20])))
print(operator.index(True), type(operator.index(True)).__name__, operator.add.__module__, operator.add)
class I:
    def __index__(self): return 7
class J(int): pass
print(operator.index(I()), operator.index(J(5)), type(operator.index(J(5))).__name__, operator.index(10**30))
for f, a in [(operator.neg, ()), (operator.add, (1,)), (operator.index, ('a',)), (operator.index, (2.5,)),
             (operator.lt, (1, 'a')), (operator.add, (1, 'a')), (operator.not_, (1, 2)),
             (operator.getitem, ([1], 5)), (operator.contains, (1, 2)), (operator.setitem, ((1,), 0, 2)),
             (operator.delitem, ({}, 'k')), (operator.truediv, (1, 0)), (operator.invert, (1.5,))]:
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
try: operator.add(1, b=2)
except Exception as e: print(type(e).__name__, e)
d = {}
operator.setitem(d, 'a', 1); print(d, operator.getitem(d, 'a'), operator.contains(d, 'a'))
operator.delitem(d, 'a'); print(d)
print(operator.is_(None, None), operator.is_not(1, None), operator.truth([]), operator.not_(0))
print(operator.lt(1, 2), operator.ge(2.5, 3), operator.eq('a', 'a'), operator.ne([1], [1]))
print(operator.pow(2, 10), operator.mod(-7, 3), operator.floordiv(-7, 2), operator.lshift(1, 70), operator.xor(5, 3), operator.or_({1}, {2}), operator.and_(6, 3))
print(operator.neg(5), operator.pos(-2.5), operator.inv(5), operator.__add__(1, 2), operator.__index__(3), operator.__invert__(0))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')], key=operator.itemgetter(0)), operator.attrgetter('real')(3))
print(operator.iadd([1], [2]), operator.concat('a', 'b'))

