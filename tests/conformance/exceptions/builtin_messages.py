FIVE, NONE = 5, None
cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0),
    lambda: {}["k"], lambda: {1: 2}[3], lambda: [1][5], lambda: (1,)[-3], lambda: "abc"[10],
    lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: 1 - "x", lambda: "a" * "b", lambda: None + 1,
    lambda: -"a", lambda: ~1.5, lambda: len(5), lambda: int("x"), lambda: int("12a"), lambda: float("abc"),
    lambda: None.foo, lambda: (5).bar, lambda: "s".nope, lambda: [].push(1),
    lambda: undefined_thing, lambda: int(None), lambda: [1, 2].index(3), lambda: "".join([1]),
    lambda: next(iter([])), lambda: abs("x"), lambda: ord("ab"), lambda: chr(-1), lambda: FIVE(), lambda: NONE[0],
    lambda: {}.pop("z"), lambda: (1, 2) < "ab", lambda: sorted([3, None]), lambda: set().remove(1),
    lambda: "x" in 5, lambda: 1 in 3, lambda: iter(5), lambda: {[]: 1}, lambda: [].sort(key=1),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, "|", e)
