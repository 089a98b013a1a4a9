# Special methods called explicitly with the wrong arguments: slot wrappers
# (`__len__`, `__neg__`, `__add__`, ...) word their errors without the type's
# name, named methods (`int.__round__`, `int.__trunc__`) with it.


def attempt(label, fn):
    try:
        result = fn()
    except TypeError as exc:
        print(f"{label:34} TypeError: {exc}")
    else:
        print(f"{label:34} -> {result!r}")


samples = {
    "str": "text",
    "bytes": b"data",
    "bytearray": bytearray(b"buf"),
    "list": [1, 2],
    "tuple": (1, 2),
    "dict": {"k": 1},
    "set": {3},
    "frozenset": frozenset({4}),
    "int": 7,
    "bool": True,
    "float": 2.5,
    "complex": 1j,
    "memoryview": memoryview(b"mv"),
}

for name, obj in samples.items():
    for slot in ("__len__", "__hash__", "__repr__", "__str__", "__iter__", "__neg__", "__bool__"):
        if name == "memoryview" and slot == "__repr__":
            continue  # its repr shows an address
        method = getattr(obj, slot, None)
        if method is None:
            continue
        attempt(f"{name}.{slot}(1)", lambda m=method: m(1))
        attempt(f"{name}.{slot}(x=1)", lambda m=method: m(x=1))

print("-- numbers")
for label, fn in [
    ("(5).__index__(1)", lambda: (5).__index__(1)),
    ("(5).__int__(1)", lambda: (5).__int__(1)),
    ("(5).__trunc__(1)", lambda: (5).__trunc__(1)),
    ("(5).__floor__(1)", lambda: (5).__floor__(1)),
    ("(5).__ceil__(1)", lambda: (5).__ceil__(1)),
    ("(5.5).__int__(1)", lambda: (5.5).__int__(1)),
    ("(5.5).__trunc__(1)", lambda: (5.5).__trunc__(1)),
    ("(5).__round__(1, 2)", lambda: (5).__round__(1, 2)),
    ("(5).__round__(x=1)", lambda: (5).__round__(x=1)),
    ("(5.5).__round__(1, 2)", lambda: (5.5).__round__(1, 2)),
    ("(5.5).__round__(x=1)", lambda: (5.5).__round__(x=1)),
    ("(5).__pow__()", lambda: (5).__pow__()),
    ("(5).__pow__(1, 2, 3)", lambda: (5).__pow__(1, 2, 3)),
    ("(5).__pow__(x=2)", lambda: (5).__pow__(x=2)),
    ("(5.0).__pow__()", lambda: (5.0).__pow__()),
    ("(5).__add__()", lambda: (5).__add__()),
    ("(5).__add__(x=1)", lambda: (5).__add__(x=1)),
    ("(5).__format__()", lambda: (5).__format__()),
    ("(5).__format__(x=1)", lambda: (5).__format__(x=1)),
    ("(5).bit_length(1)", lambda: (5).bit_length(1)),
    ("(5).__getnewargs__(x=1)", lambda: (5).__getnewargs__(x=1)),
    ("(2j).__abs__(1)", lambda: (2j).__abs__(1)),
    ("(2j).__format__()", lambda: (2j).__format__()),
    ("(2j).conjugate(x=1)", lambda: (2j).conjugate(x=1)),
    ("int.__neg__(4, 1)", lambda: int.__neg__(4, 1)),
    ("int.__neg__(4, x=1)", lambda: int.__neg__(4, x=1)),
    ("int.__repr__(4, 1)", lambda: int.__repr__(4, 1)),
]:
    attempt(label, fn)

print("-- sequences")
for label, fn in [
    ("str.__len__('ab', 1)", lambda: str.__len__("ab", 1)),
    ("str.__len__('ab', x=1)", lambda: str.__len__("ab", x=1)),
    ("'ab'.__add__(x='c')", lambda: "ab".__add__(x="c")),
    ("'ab'.__getitem__(0, x=1)", lambda: "ab".__getitem__(0, x=1)),
    ("b'ab'.__mod__()", lambda: b"ab".__mod__()),
    ("bytearray().__setitem__(1)", lambda: bytearray().__setitem__(1)),
    ("bytearray().__setitem__(1, x=2)", lambda: bytearray().__setitem__(1, x=2)),
    ("bytearray().__delitem__()", lambda: bytearray().__delitem__()),
    ("bytearray().__delitem__(x=2)", lambda: bytearray().__delitem__(x=2)),
    ("memoryview(b'a').__getitem__()", lambda: memoryview(b"a").__getitem__()),
    ("[].__len__(x=1)", lambda: [].__len__(x=1)),
    ("{}.keys().__len__(1)", lambda: {}.keys().__len__(1)),
    ("iter([]).__iter__(1)", lambda: iter([]).__iter__(1)),
    ("iter('ab').__next__(1)", lambda: iter("ab").__next__(1)),
]:
    attempt(label, fn)

# Called correctly they still work.
print(len("four"), "four".__len__(), (3).__neg__(), (2.5).__trunc__(), b"xy".__len__())
print((7).__round__(-1), (7.25).__round__(1), (2).__pow__(10), (2).__pow__(10, 1000))
