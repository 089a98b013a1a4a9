# T.__new__(X, ...) on the built-in types: what it builds and CPython's checks.


class Doubled(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


class Shout(str):
    def __new__(cls, v):
        obj = str.__new__(cls, v.upper())
        obj.extra = len(v)
        return obj


class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))


class Plain(int):
    pass


class Deeper(Doubled):
    pass


class Widget:
    pass


class AppError(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.code = 42
        return self


print(Doubled(4), type(Doubled(4)).__name__)
s = Shout("abc")
print(s, s.extra, type(s).__name__)
print(Pair(1, 2), type(Pair(1, 2)).__name__)
print(int.__new__(int, 5), str.__new__(str, 5), tuple.__new__(tuple, [1]), float.__new__(float, "2"))
print(int.__new__(int, "12", 8), bool.__new__(bool, 5), frozenset.__new__(frozenset, [1]))
# The containers' __new__ makes an empty one: __init__ fills it.
print(list.__new__(list, [1, 2]), dict.__new__(dict, a=1), set.__new__(set, [1]))
e = AppError("boom", 1)
print(e.args, e.code, repr(e))
print(type(object.__new__(Widget)).__name__)

checks = [
    "object.__new__(int)",
    "int.__new__(str)",
    "object.__new__(1)",
    "int.__new__(bool)",
    "str.__new__(int)",
    "list.__new__(dict)",
    "dict.__new__(5)",
    "float.__new__(Doubled)",
    "int.__new__(Widget)",
    "object.__new__(Plain)",
    "object.__new__(Deeper)",
    "int.__new__(Deeper)",
    "object.__new__(AppError)",
    "Exception.__new__(Widget)",
    "list.__new__()",
    "Widget.__new__(int)",
    "type(None)(1)",
    "type(...)()",
    "type(NotImplemented)()",
    "type(NotImplemented)(1)",
    "str(b'x', 1)",
    "str(b'x', 'utf-8', 2)",
    "str('x', 'utf-8')",
]
for src in checks:
    try:
        r = eval(src)
        print("ok", src, type(r).__name__)
    except TypeError as err:
        print("TypeError:", err)
