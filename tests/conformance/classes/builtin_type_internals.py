# Corners of the built-in types that introspective code reaches: bytearray subclasses fill
# themselves in __init__, __getnewargs__ of the immutable types, types.FunctionType over an
# existing code object, the data descriptors listed in built-in classes' __dict__, and
# object.__subclasshook__.
import types


class Buf(bytearray):
    def __init__(self, n):
        super().__init__(b"ab" * n)


class Tagged(bytearray):
    def __init__(self, text, tag=""):
        super().__init__(text.encode())
        self.tag = tag


class Plain(bytearray):
    pass


class Ignores(bytearray):
    def __init__(self, *args):
        pass


print(Buf(2), Tagged("hey", tag="t"), Tagged("hey", tag="t").tag)
print(Plain(b"x"), Plain(3), Plain("\u00e9", "utf-8"), Ignores(b"data"), len(Ignores(5)))
b = bytearray(b"hello")
b.__init__(b"re")
print(b)
for make in (lambda: Plain(b"x", fill=1), lambda: Plain(b"x", "ascii", "strict", 5),
             lambda: bytearray.__init__(5), lambda: Plain("text")):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


class S(str):
    pass


class T(tuple):
    pass


for v in (5, 2.5, 1j, "s", b"b", (1, 2), True, S("sub"), T((3,))):
    args = v.__getnewargs__()
    print(type(v).__name__, args, type(args[0]).__name__)
for bad in (lambda: "s".__getnewargs__(1), lambda: str.__getnewargs__(5),
            lambda: tuple.__getnewargs__([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def add(a, b=2):
    """Adds."""
    return a + b


def outer():
    k = 10

    def inner(x):
        return x + k
    return inner


f1 = types.FunctionType(add.__code__, globals())
f2 = types.FunctionType(add.__code__, {"__name__": "elsewhere"}, "plus", (100,))
print(f1(1, 5), f2(1), f2.__name__, f2.__qualname__, f2.__module__, f2.__doc__, f2.__defaults__)
inner = outer()
f3 = types.FunctionType(inner.__code__, globals(), None, None, inner.__closure__)
print(f3(1), f3.__name__)
for bad in (lambda: types.FunctionType(add, {}),
            lambda: types.FunctionType(add.__code__, []),
            lambda: types.FunctionType(add.__code__, {}, 5),
            lambda: types.FunctionType(add.__code__, {}, None, [1]),
            lambda: types.FunctionType(inner.__code__, {}),
            lambda: types.FunctionType(inner.__code__, {}, None, None, (1,)),
            lambda: types.FunctionType(add.__code__, {}, None, None, 5),
            lambda: types.FunctionType(add.__code__)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    types.FunctionType(add.__code__, {}, None, None, inner.__closure__)
except ValueError as e:
    print("ValueError:", e)

real = int.__dict__["real"]
print(type(real).__name__, real.__get__(5), real.__name__, real.__objclass__)
print(type.__dict__["__name__"].__get__(int), type.__dict__["__qualname__"].__get__(dict))
print("numerator" in int.__dict__, "imag" in float.__dict__, "start" in range.__dict__)
print(type(complex.__dict__["imag"]).__name__, range.__dict__["stop"].__get__(range(2, 9)))
print("__name__" in type.__dict__, "real" in dict.__dict__)

print(object.__subclasshook__(), object.__subclasshook__(int), int.__subclasshook__(str))
print("__subclasshook__" in object.__dict__, hasattr(object(), "__subclasshook__"))
print(sorted(n for n in dir(object) if n.startswith("__s")))
