# __sizeof__ on built-in objects and sys.getsizeof: the collector headers getsizeof adds,
# a class's own __sizeof__, and its errors (negative size, non-integer result).
import sys
class A: pass
class S:
    __slots__ = ('a', 'b')
class Big:
    def __sizeof__(self):
        return 100
class Neg:
    def __sizeof__(self):
        return -1
class Txt:
    __slots__ = ()
    def __sizeof__(self):
        return "big"
def f(): pass
for o in [[], (), {}, set(), frozenset(), object(), A(), S(), slice(1), f, len,
          ValueError(), 1, 'ab', b'x', 1.0, range(3), bytearray(), {'a': 1}]:
    print(type(o).__name__, o.__sizeof__(), sys.getsizeof(o))
print(sys.getsizeof(Big()))
for bad in (Neg(), Txt()):
    try:
        sys.getsizeof(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    [].__sizeof__(1)
except TypeError as e:
    print(e)
print('__sizeof__' in dir(object()), dir(A()) == sorted(set(dir(A()))))
