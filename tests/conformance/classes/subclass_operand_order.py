# Which method answers when one operand is an instance of a subclass of a built-in type:
# the built-in slot takes subclasses of the types it knows (float's arithmetic takes any
# int), and a subclass's reflected method comes first only for a subclass of the left
# operand's own type.

log = []

class J(int):
    def __radd__(self, other):
        log.append(("J.__radd__", other))
        return "J-radd"
    def __add__(self, other):
        log.append(("J.__add__", other))
        return "J-add"
    def __rmul__(self, other):
        log.append(("J.__rmul__", other))
        return "J-rmul"
    def __lt__(self, other):
        log.append(("J.__lt__", other))
        return "J-lt"
    def __gt__(self, other):
        log.append(("J.__gt__", other))
        return "J-gt"
    def __eq__(self, other):
        log.append(("J.__eq__", other))
        return "J-eq"
    __hash__ = int.__hash__

class F(float):
    def __radd__(self, other):
        log.append(("F.__radd__", other))
        return "F-radd"
    def __eq__(self, other):
        log.append(("F.__eq__", other))
        return "F-eq"
    def __rlshift__(self, other):
        log.append(("F.__rlshift__", other))
        return "F-rlshift"
    __hash__ = float.__hash__

class S(str):
    def __eq__(self, other):
        log.append(("S.__eq__", other))
        return "S-eq"
    def __radd__(self, other):
        log.append(("S.__radd__", other))
        return "S-radd"
    __hash__ = str.__hash__

class FS(frozenset):
    def __ror__(self, other):
        log.append(("FS.__ror__", other))
        return "FS-ror"
    def __eq__(self, other):
        log.append(("FS.__eq__", other))
        return "FS-eq"
    __hash__ = frozenset.__hash__

cases = [
    ("5.0 + J(5)", lambda: 5.0 + J(5)),
    ("5 + J(5)", lambda: 5 + J(5)),
    ("True + J(1)", lambda: True + J(1)),
    ("J(5) + 5.0", lambda: J(5) + 5.0),
    ("2.5 * J(2)", lambda: 2.5 * J(2)),
    ("[1] * J(2)", lambda: [1] * J(2)),
    ("1j + J(1)", lambda: 1j + J(1)),
    ("5.0 < J(5)", lambda: 5.0 < J(5)),
    ("5 < J(5)", lambda: 5 < J(5)),
    ("5.0 == J(5)", lambda: 5.0 == J(5)),
    ("5 == J(5)", lambda: 5 == J(5)),
    ("True == J(1)", lambda: True == J(1)),
    ("1j == J(0)", lambda: 1j == J(0)),
    ("'5' == J(5)", lambda: '5' == J(5)),
    ("1 + F(1.5)", lambda: 1 + F(1.5)),
    ("1.0 + F(1.5)", lambda: 1.0 + F(1.5)),
    ("1j + F(1.5)", lambda: 1j + F(1.5)),
    ("1 == F(1.0)", lambda: 1 == F(1.0)),
    ("1j == F(1.0)", lambda: 1j == F(1.0)),
    ("1 << F(1.0)", lambda: 1 << F(1.0)),
    ("1.0 << F(1.0)", lambda: 1.0 << F(1.0)),
    ("5.0 == S('x')", lambda: 5.0 == S('x')),
    ("'x' == S('x')", lambda: 'x' == S('x')),
    ("b'x' == S('x')", lambda: b'x' == S('x')),
    ("'a' + S('b')", lambda: 'a' + S('b')),
    ("{1} | FS({2})", lambda: {1} | FS({2})),
    ("{1} == FS({1})", lambda: {1} == FS({1})),
    ("frozenset() | FS()", lambda: frozenset() | FS()),
    ("(1,) == [1]", lambda: (1,) == [1]),
]
for text, case in cases:
    log.clear()
    try:
        result = case()
    except TypeError as exc:
        result = f"TypeError: {exc}"
    print(f"{text:22} -> {result!r:12} {log}")

# object's own comparisons: identity for ==, NotImplemented for the orderings.
print(object.__lt__(1, 2), object.__le__("a", "b"), object.__gt__(3, 1), object.__ge__(None, None))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2), object.__ne__(3, 3))
# Every ordered built-in type has its own comparisons.
for t in (int, float, complex, str, bytes, list, tuple, set, frozenset, dict, range, bool):
    own = [m for m in ("__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__") if m in t.__dict__]
    print(t.__name__, own)
print(str.__le__("a", "b"), str.__ge__("a", "b"), str.__gt__("b", "a"), str.__ne__("a", "a"))
print(str.__le__("a", 1), dict.__lt__({}, {}), complex.__lt__(1j, 2j), complex.__eq__(1j, 1j))
print(range.__eq__(range(3), range(0, 3)), range.__eq__(range(1), 1), range.__lt__(range(1), range(2)))
print(tuple.__lt__((1,), (2,)), list.__ge__([2], [1]), set.__le__({1}, {1, 2}), frozenset.__lt__(frozenset(), {1}))
print(int.__lt__(1, 2.0), float.__lt__(1.0, 2), float.__eq__(1.0, J(1)), int.__eq__(1, 1.0))
print(bytes.__lt__(b"a", "a"), bytearray.__eq__(bytearray(b"a"), b"a"))
try:
    object.__lt__(1)
except TypeError as exc:
    print(exc)

# The data attributes of the built-in types read as descriptors on the class.
for cls, name in ((int, "real"), (int, "imag"), (int, "numerator"), (int, "denominator"),
                  (bool, "real"), (float, "real"), (float, "imag"), (complex, "imag"),
                  (range, "start"), (slice, "step"), (property, "fget")):
    d = getattr(cls, name)
    print(cls.__name__, name, d, type(d).__name__, d.__name__, d.__objclass__.__name__)
print(int.real.__get__(7), int.imag.__get__(7), float.imag.__get__(2.5), complex.real.__get__(3 + 4j))
print(range.stop.__get__(range(2, 9)), int.numerator.__get__(True), int.real.__get__(None, int) is int.real)
try:
    int.real.__get__("x")
except TypeError as exc:
    print(exc)
print(sorted(n for n in ("real", "imag", "numerator", "denominator", "conjugate") if hasattr(J, n)))
print(J(7).real, J(7).numerator, type(J(7).real).__name__, F(2.5).real, F(2.5).imag)
