# Built-in methods called through the class with a `self` of the wrong type: slot wrappers
# ("requires a 'X' object") versus method descriptors ("doesn't apply to a 'Y' object"),
# and the messages for a missing `self`.

class MyInt(int):
    pass

calls = [
    ("list.__init__(5)", lambda: list.__init__(5)),
    ("str.upper(5)", lambda: str.upper(5)),
    ("str.upper(MyInt(5))", lambda: str.upper(MyInt(5))),
    ("dict.keys([])", lambda: dict.keys([])),
    ("list.append(5, 1)", lambda: list.append(5, 1)),
    ("int.__add__('a', 1)", lambda: int.__add__("a", 1)),
    ("str.__len__(3)", lambda: str.__len__(3)),
    ("str.__add__(1, 'a')", lambda: str.__add__(1, "a")),
    ("str.join(1, [])", lambda: str.join(1, [])),
    ("str.__format__(1, '')", lambda: str.__format__(1, "")),
    ("dict.__getitem__([], 1)", lambda: dict.__getitem__([], 1)),
    ("dict.__contains__([], 1)", lambda: dict.__contains__([], 1)),
    ("dict.__len__([])", lambda: dict.__len__([])),
    ("set.add([], 1)", lambda: set.add([], 1)),
    ("int.bit_length('x')", lambda: int.bit_length("x")),
    ("int.__round__('x')", lambda: int.__round__("x")),
    ("int.__neg__(2.0)", lambda: int.__neg__(2.0)),
    ("float.is_integer(1)", lambda: float.is_integer(1)),
    ("float.__trunc__('x')", lambda: float.__trunc__("x")),
    ("tuple.count([], 1)", lambda: tuple.count([], 1)),
    ("bytes.decode('x')", lambda: bytes.decode("x")),
    ("object.__init__()", lambda: object.__init__()),
    ("list.__init__()", lambda: list.__init__()),
    ("str.upper()", lambda: str.upper()),
    ("str.__len__()", lambda: str.__len__()),
    ("int.__add__()", lambda: int.__add__()),
    ("int.bit_length()", lambda: int.bit_length()),
]
for label, f in calls:
    try:
        r = f()
        print(label, "->", r)
    except TypeError as e:
        print(label, "!", e)

# The right type (and subclasses) still work through the class.
print(str.upper("abc"), list.__len__([1, 2]), int.__add__(MyInt(2), 3))
print(dict.__getitem__({"k": 1}, "k"), str.__add__("a", "b"), float.is_integer(2.0))
