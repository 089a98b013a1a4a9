# Wrong argument counts, worded as CPython words them.
calls = [
    lambda: "a".count(), lambda: "a".find(), lambda: "a".index(), lambda: "a".rfind(),
    lambda: "a".rindex(), lambda: "a".startswith(), lambda: "a".endswith(), lambda: "a".count("a", 1, 2, 3),
    lambda: "a".join(), lambda: "a".zfill(), lambda: "a".partition(), lambda: "a".upper(1),
    lambda: "a".removeprefix(), lambda: "x".format_map(),
    lambda: [].append(), lambda: [].insert(1), lambda: [].index(), lambda: [].count(),
    lambda: [].extend(), lambda: [].remove(), lambda: [].copy(1), lambda: [].clear(1),
    lambda: {}.get(), lambda: {}.pop(), lambda: {}.items(1), lambda: set().add(),
    lambda: set().discard(), lambda: (1,).count(), lambda: (1,).index(),
    lambda: int(1, 2, 3), lambda: str(1, 2, 3, 4), lambda: list(1, 2), lambda: tuple(1, 2),
    lambda: set(1, 2), lambda: frozenset(1, 2), lambda: bool(1, 2), lambda: float(1, 2),
    lambda: complex(1, 2, 3), lambda: bytes(1, 2, 3, 4), lambda: bytearray(1, 2, 3, 4),
    lambda: property(1, 2, 3, 4, 5), lambda: staticmethod(), lambda: classmethod(1, 2),
    lambda: divmod(1), lambda: isinstance(1), lambda: issubclass(int), lambda: hasattr(1),
    lambda: getattr(1), lambda: setattr(1, 2), lambda: delattr(1), lambda: len(), lambda: len(1, 2),
    lambda: reversed(), lambda: reversed(1, 2), lambda: round(), lambda: round(1, 2, 3),
    lambda: pow(1), lambda: pow(), lambda: pow(1, 2, 3, 4), lambda: sum(), lambda: sum(1, 2, 3),
    lambda: open(), lambda: abs(), lambda: chr(), lambda: ord(), lambda: repr(), lambda: min(),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, e)
print(round(number=2.567, ndigits=1), pow(base=2, exp=10), sum([1, 2], start=10))
