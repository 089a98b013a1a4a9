# Keyword-argument errors of built-in callables, worded as CPython words them.
def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("int x=", lambda: int(x="5"))
attempt("int foo=", lambda: int("5", foo=2))
attempt("int 3 args", lambda: int("5", 10, base=3))
attempt("int base=", lambda: int("ff", base=16))
attempt("zip a=", lambda: list(zip([1], a=2)))
attempt("zip 2 kw", lambda: list(zip([1], strict=True, b=2)))
attempt("zip strict", lambda: list(zip([1, 2], "ab", strict=True)))
attempt("sorted 3 kw", lambda: sorted([2, 1], key=None, reverse=True, extra=1))
attempt("sort 3 kw", lambda: [2, 1].sort(key=None, reverse=False, extra=1))
attempt("sum 3", lambda: sum([1], start=0, other=1))
attempt("sum start", lambda: sum([1, 2], start=10))
attempt("round kw", lambda: round(number=2.5, ndigits=1, x=1))
attempt("round", lambda: round(2.567, ndigits=2))
attempt("pow 4", lambda: pow(2, 3, 5, mod=7))
attempt("split 3", lambda: "a b".split(" ", 1, maxsplit=2))
attempt("split kw", lambda: "a b c".split(maxsplit=1))
attempt("globals(1)", lambda: globals(1))
attempt("super 3", lambda: super(int, 1, 2))
attempt("super kw", lambda: super(x=1))
attempt("super 1", lambda: super(1, 2))
attempt("complex str", lambda: complex("1", 2))
attempt("complex str 2", lambda: complex(1, "2"))
attempt("complex None", lambda: complex(None))
attempt("complex list", lambda: complex(1, []))
attempt("complex ok", lambda: complex(2, 3.5))


class Polar:
    def __complex__(self):
        return 1 + 1j


class Bad:
    def __complex__(self):
        return 1


attempt("__complex__", lambda: complex(Polar()))
attempt("bad __complex__", lambda: complex(Bad()))
