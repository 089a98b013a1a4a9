# The built-in types' own dicts, read before anything else touches those types, then again
# after ordinary use: every method is there from the start, with the same objects each time.

EXPECTED = {
    int: ["__add__", "__new__", "bit_length", "to_bytes", "from_bytes", "__hash__", "__repr__"],
    bool: ["__new__"],
    float: ["__add__", "is_integer", "hex", "fromhex", "as_integer_ratio", "__round__"],
    complex: ["conjugate", "__abs__", "__add__"],
    str: ["upper", "lower", "join", "split", "format", "maketrans", "__len__", "__getitem__"],
    bytes: ["decode", "hex", "fromhex", "split", "__getitem__"],
    bytearray: ["append", "extend", "decode", "__setitem__", "__hash__"],
    list: ["append", "extend", "sort", "pop", "__hash__", "__getitem__"],
    tuple: ["count", "index", "__getitem__", "__len__"],
    dict: ["get", "items", "keys", "setdefault", "fromkeys", "__hash__", "__getitem__"],
    set: ["add", "discard", "union", "__hash__", "__contains__"],
    frozenset: ["union", "issubset", "__contains__", "__hash__"],
    object: ["__init__", "__repr__", "__eq__", "__hash__", "__new__", "__init_subclass__"],
    range: ["count", "index"],
    BaseException: ["with_traceback", "add_note", "__str__", "__init__"],
}

def report(label):
    print("--", label)
    for t, names in EXPECTED.items():
        d = vars(t)
        missing = [n for n in names if n not in d]
        print(f"{t.__name__:14} missing={missing} mapping={type(d).__name__}")

report("before any use")

# the objects in the dicts and their reprs
print(repr(str.__dict__["upper"]))
print(repr(list.__dict__["append"]))
print(repr(dict.__dict__["get"]))
print(repr(int.__dict__["__add__"]))
print(repr(object.__dict__["__init__"]))
print(str.__dict__["upper"] is vars(str)["upper"])
print(list.__hash__ is None, dict.__hash__ is None, set.__hash__ is None,
      bytearray.__hash__ is None)
print(tuple.__hash__ is None, frozenset.__hash__ is None, int.__hash__ is None)

# ordinary use
words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(w.upper() for w in words))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
nums = [5, 3, 9, 1]
nums.append(7)
nums.sort()
print(nums, (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"))
print(b"abc".hex(), bytes.fromhex("414243"), 2.5.is_integer(), float.fromhex("0x1p3"))
print({1, 2} | {3}, frozenset("ab") <= frozenset("abc"), range(10).count(3))

report("after use")

# lookups that walk a subclass's MRO into the built-in dicts
class Words(list):
    def append(self, item):
        super().append(item.lower())

class Text(str):
    pass

class Counter(dict):
    def __missing__(self, key):
        return 0

w = Words()
w.append("HELLO")
w.extend(["X"])
print(w, Words.__mro__[1].__name__, "append" in vars(Words), "extend" in vars(Words))
t = Text("Mixed Case")
print(t.upper(), t.swapcase(), type(t.upper()).__name__, hasattr(Text, "casefold"))
c = Counter()
c["a"] += 2
print(c, c["zzz"], Counter.fromkeys("ab", 1), type(Counter.fromkeys("ab")).__name__)

# dir() sees the built-in dicts through the MRO
for t in (int, str, list, dict, set, Words):
    names = dir(t)
    print(t.__name__, names == sorted(names), "__class__" in names,
          all(n in names for n in ("__init__", "__repr__", "__eq__")))
print([n for n in dir(str) if n.startswith("is")])
print([n for n in dir(list) if not n.startswith("_")])
print([n for n in dir(dict) if not n.startswith("_")])

# getattr on the type, unbound calls
print(getattr(str, "title")("hello world"), str.join("-", ["a", "b"]), list.__len__([1, 2]))
print(int.__add__(2, 3), dict.get({"k": 1}, "k"), set.union({1}, {2}))
