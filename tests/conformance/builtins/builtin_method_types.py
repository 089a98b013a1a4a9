# The types of the built-in types' methods: slot wrappers, method descriptors, bound
# method-wrappers and built-in methods, and their __get__.
samples = [
    ("object.__init__", object.__init__),
    ("int.__add__", int.__add__),
    ("(1).__add__", (1).__add__),
    ("str.join", str.join),
    ("''.join", "".join),
    ("list.append", list.append),
    ("[].append", [].append),
    ("list.__getitem__", list.__getitem__),
    ("tuple.__getitem__", tuple.__getitem__),
    ("dict.__contains__", dict.__contains__),
    ("str.__contains__", str.__contains__),
    ("list.__len__", list.__len__),
    ("[].__len__", [].__len__),
    ("Exception.__init__", Exception.__init__),
    ("object.__new__", object.__new__),
    ("object.__init_subclass__", object.__init_subclass__),
    ("len", len),
]
for label, obj in samples:
    print(f"{label:26} {type(obj).__name__}")

print(type(iter(bytearray(b"ab"))).__name__, type(iter(b"ab")).__name__)
print(type(reversed(range(3))).__name__, list(reversed(range(3))))
print(type(reversed([1])).__name__, type(reversed("ab")).__name__)

print(str.upper.__get__("abc")(), int.__add__.__get__(3)(4))
print(str.upper.__get__(None, str) is str.upper)
print(type(int.__add__) is type(object.__init__), type(str.join) is type(list.append))
print(str.join.__name__, int.__add__.__name__, (1).__add__.__self__)
