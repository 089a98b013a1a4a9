# Special methods called by name with the wrong number of arguments: CPython's slot
# wrappers ("expected 1 argument, got 0") and plain methods ("list.__getitem__() takes
# exactly one argument") word it differently. Every object also has a __doc__.

def check(label, call):
    try:
        result = call()
    except TypeError as exc:
        print(f"{label:<26} TypeError: {str(exc)!r}")
    else:
        print(f"{label:<26} -> {result!r}")


check("str.__add__()", lambda: "a".__add__())
check("str.__add__(x, y)", lambda: "a".__add__("b", "c"))
check("str.__contains__()", lambda: "abc".__contains__())
check("str.__lt__(1, 2)", lambda: "a".__lt__(1, 2))
check("str.__mod__()", lambda: "%s".__mod__())
check("str.__getitem__()", lambda: "abc".__getitem__())
check("object.__eq__()", lambda: object().__eq__())
check("list.__add__()", lambda: [1].__add__())
check("list.__mul__(2, 3)", lambda: [1].__mul__(2, 3))
check("list.__delitem__()", lambda: [1].__delitem__())
check("list.__setitem__(0)", lambda: [1].__setitem__(0))
check("list.__contains__()", lambda: [1].__contains__())
check("list.__getitem__()", lambda: [1].__getitem__())
check("list.__reversed__(1)", lambda: [1].__reversed__(1))
check("dict.__getitem__()", lambda: {}.__getitem__())
check("dict.__contains__()", lambda: {}.__contains__())
check("dict.__setitem__(k)", lambda: {}.__setitem__("k"))
check("list.__add__ ok", lambda: [1].__add__([2]))
check("str.__contains__ ok", lambda: "abc".__contains__("b"))
check("reversed ok", lambda: list([1, 2].__reversed__()))

for obj in ("text", b"raw", 3, 2.5, [1], (1,), {"k": 1}, {1}, None, True, range(2), 1j):
    doc = obj.__doc__
    print(type(obj).__name__, "has __doc__:", doc is None or isinstance(doc, str))


class Documented:
    """A documented class."""


class Bare:
    pass


print(Documented().__doc__, Bare().__doc__, getattr("x", "__doc__", "missing") != "missing")
