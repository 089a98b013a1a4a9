# object.__repr__ of built-in values, float.__getformat__, __weakref__ on subclasses of the
# variable-sized built-ins (int, tuple, bytes) and of the others, and int() through __trunc__.
import re
import weakref


def scrub(s):
    return re.sub(r"0x[0-9a-f]+", "0x..", s)


for v in [5, 2.5, None, True, "s", [1], (1,), {}, print, len, range(3), b"x", 1j,
          NotImplemented, ..., object(), iter([]), {}.keys(), slice(1)]:
    print(scrub(object.__repr__(v)))


class Point:
    pass


print(scrub(object.__repr__(Point())))

print(float.__getformat__("double"), float.__getformat__("float"), (1.5).__getformat__("double"))
for bad in [lambda: float.__getformat__("x"), lambda: float.__getformat__(1),
            lambda: float.__getformat__("a", "b")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class I(int): pass
class T(tuple): pass
class B(bytes): pass
class BA(bytearray): pass
class F(float): pass
class L(list): pass
class S(str): pass
class Flag(I): pass


for c in [I, T, B, BA, F, L, S, Flag]:
    x = c()
    print(c.__name__, hasattr(x, "__weakref__"), "__weakref__" in dir(c), hasattr(x, "__dict__"))
    try:
        weakref.ref(x)
        print("  weakref ok")
    except TypeError as e:
        print("  ", e)
try:
    print(I(3).__weakref__)
except AttributeError as e:
    print("AttributeError", e)


class Truncating:
    def __init__(self, v):
        self.v = v

    def __trunc__(self):
        return self.v


# The DeprecationWarning goes to stderr once per location.
for k in range(3):
    print(int(Truncating(k * 7)))
print(int(Truncating(MyInt := I(9))), type(int(Truncating(True))).__name__)
try:
    int(Truncating(2.5))
except TypeError as e:
    print("TypeError", e)
