# How the built-in types' methods look: unbound (method descriptors, slot wrappers),
# bound to an object, and what type() says of each.

samples = [
    (str, "upper", "abc"),
    (str, "__add__", "abc"),
    (list, "append", [1]),
    (list, "__len__", [1]),
    (dict, "get", {}),
    (dict, "__contains__", {}),
    (set, "add", set()),
    (set, "__contains__", set()),
    (int, "bit_length", 5),
    (int, "__add__", 5),
    (float, "is_integer", 1.5),
    (tuple, "count", (1,)),
    (tuple, "__getitem__", (1,)),
    (bytes, "decode", b"x"),
    (object, "__init__", object()),
    (object, "__repr__", object()),
    (object, "__format__", object()),
]
for cls, name, obj in samples:
    unbound = getattr(cls, name)
    print(f"{cls.__name__}.{name}: {unbound!r} type={type(unbound).__name__}")
    bound = getattr(obj, name)
    text = repr(bound)
    # bound reprs carry an address for some receivers: keep only the stable prefix
    print("   bound:", text.split(" at 0x")[0], "type=" + type(bound).__name__)

# the same object every time it is looked up through the class dict
print(str.upper is str.__dict__["upper"], list.append is list.__dict__["append"])
print(str.upper == str.upper, "x".upper == "x".upper, "x".upper == "y".upper)

# calling unbound methods with the receiver first
print(str.upper("shout"), list.__len__([1, 2, 3]), dict.get({"a": 1}, "a"))
print(int.__add__(20, 22), float.__mul__(1.5, 2.0), tuple.count((1, 1, 2), 1))
print(str.__add__("a", "b"), set.__contains__({3}, 3), bytes.decode(b"ok"))

# wrong receivers
for call in (lambda: str.upper(5), lambda: list.append((), 1), lambda: dict.get([], 1),
             lambda: int.bit_length("x"), lambda: str.__add__(1, "a")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# __name__ and __qualname__ of built-in methods
for m in (str.upper, list.append, dict.fromkeys, int.from_bytes, "a".upper, [].append):
    print(m.__name__, m.__qualname__)
print("abc".upper.__self__, [1].append.__self__)
