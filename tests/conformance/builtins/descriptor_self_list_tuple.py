# Calling list/tuple/dict methods through the class with the wrong self, or with none.
cases = [
    lambda: list.__len__(5),
    lambda: list.__len__([1, 2, 3]),
    lambda: list.__getitem__((), 0),
    lambda: list.__getitem__([7, 8], 1),
    lambda: tuple.__len__([1]),
    lambda: tuple.__getitem__((4, 5), -1),
    lambda: tuple.__getitem__([4, 5], 0),
    lambda: dict.__getitem__(),
    lambda: dict.__getitem__({"a": 1}, "a"),
    lambda: float.__getformat__(),
    lambda: float.__getformat__("double"),
]
for i, case in enumerate(cases):
    try:
        print(i, "->", repr(case()))
    except Exception as e:
        print(i, type(e).__name__, e)


class L(list):
    pass


print(list.__len__(L([1, 2])), list.__getitem__(L("ab"), 1))
