# `del obj[key]` on objects that cannot delete items: CPython says "doesn't" for types with
# sequence methods (str, tuple, range, sets, user classes) and "does not" for the rest.
class Plain:
    pass


class ReadOnlySeq:
    def __init__(self, items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


targets = [
    ("str", "abc"),
    ("tuple", (1, 2)),
    ("bytes", b"xy"),
    ("range", range(3)),
    ("set", {1, 2}),
    ("frozenset", frozenset([1])),
    ("keys", {1: 2}.keys()),
    ("int", 5),
    ("float", 1.5),
    ("None", None),
    ("function", len),
    ("object", object()),
    ("Plain", Plain()),
    ("ReadOnlySeq", ReadOnlySeq("ab")),
    ("exception", ValueError("x")),
    ("class", Plain),
    ("metaclass instance", WithMeta),
]
for label, obj in targets:
    try:
        del obj[0]
    except TypeError as e:
        print(f"{label}: {e}")

# reversed() needs __reversed__ or __getitem__; without __len__ it fails as len() does.
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(OnlyGetitem()), list(reversed(ReadOnlySeq("xyz"))))
for obj in (OnlyGetitem(), Plain(), 42):
    try:
        reversed(obj)
    except TypeError as e:
        print(type(obj).__name__, "->", e)
