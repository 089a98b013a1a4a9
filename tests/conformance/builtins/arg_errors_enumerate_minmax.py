# enumerate(), min() and max() given their arguments in odd ways: CPython's messages.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", list(r) if hasattr(r, "__next__") else r)
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("enumerate(x, start=5)", lambda: enumerate("ab", start=5))
attempt("enumerate(iterable=x)", lambda: enumerate(iterable="ab"))
attempt("enumerate(start=2, iterable=x)", lambda: enumerate(start=2, iterable="ab"))
attempt("enumerate()", lambda: enumerate())
attempt("enumerate(x=1)", lambda: enumerate(x=1))
attempt("enumerate(x, 0, 1)", lambda: enumerate("ab", 0, 1))
attempt("enumerate(x, 0, start=1)", lambda: enumerate("ab", 0, start=1))
attempt("enumerate(x, bogus=1)", lambda: enumerate("ab", bogus=1))
attempt("enumerate(start=2)", lambda: enumerate(start=2))
attempt("enumerate(x, iterable=y)", lambda: enumerate("ab", iterable="cd"))
attempt("enumerate(iterable=x, bogus=2)", lambda: enumerate(iterable="ab", bogus=2))
attempt("enumerate(x, 1.5)", lambda: enumerate("ab", 1.5))
attempt("enumerate(x, True)", lambda: enumerate("ab", True))

attempt("max(x, key=, default=)", lambda: max([3, 1], key=lambda v: -v, default=0))
attempt("max(x, bogus=1)", lambda: max([1], bogus=1))
attempt("max(x, default=1, bogus=1)", lambda: max([1], default=1, bogus=1))
attempt("min(a, b, key=, default=, y=)", lambda: min(1, 2, key=None, default=3, y=1))
attempt("min(a, b, default=)", lambda: min(1, 2, default=3))
attempt("min()", lambda: min())
attempt("min([], default=None)", lambda: min([], default=None))
attempt("max([])", lambda: max([]))


class Five:
    def __index__(self):
        return 5


attempt("enumerate(x, Five())", lambda: enumerate("ab", Five()))
attempt("enumerate(x, 2**70)", lambda: enumerate("ab", 2**70))
