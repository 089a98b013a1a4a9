# sys.getsizeof as CPython 3.11 (64-bit) reports it: __slots__ instances are smaller than
# instances with a __dict__; ints grow by 30-bit digits; str sizes depend on the widest
# character; dict and set tables grow in steps.
import sys


class Plain:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Empty:
    __slots__ = ()


p, s = Plain(1, 2), Slotted(1, 2)
print("instances:", sys.getsizeof(p), sys.getsizeof(s), sys.getsizeof(Empty()))
print("slots save:", sys.getsizeof(p) - sys.getsizeof(s), "bytes per object")
print("ints:", [sys.getsizeof(n) for n in [0, 1, -5, 2**30 - 1, 2**30, 2**62, 2**100, -(10**40)]])
print("bool/None/float/complex:", sys.getsizeof(True), sys.getsizeof(None), sys.getsizeof(1.5), sys.getsizeof(2j))
print("str:", [sys.getsizeof(t) for t in ["", "a", "hello", "é", "naïve", "Ā", "日本語", "😀", "a😀"]])
print("bytes:", sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"abc")))
print("tuples:", sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof(tuple(range(10))))
print("lists:", sys.getsizeof([]), sys.getsizeof(list(range(10))), sys.getsizeof([0] * 100))
print("dicts:", [sys.getsizeof({i: i for i in range(n)}) for n in [0, 1, 5, 6, 10, 11, 21, 22, 100]])
print("str-key dicts:", [sys.getsizeof({str(i): i for i in range(n)}) for n in [1, 5, 8]])
print("sets:", [sys.getsizeof(set(range(n))) for n in [0, 1, 4, 5, 18, 19, 100]], sys.getsizeof(frozenset()))
print("other:", sys.getsizeof(range(10**6)), sys.getsizeof(object()), sys.getsizeof(Exception("x")),
      sys.getsizeof(len), sys.getsizeof(lambda: 0), sys.getsizeof(slice(1, 2)))
