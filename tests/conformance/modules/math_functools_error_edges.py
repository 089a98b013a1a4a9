# Error messages of math and functools helpers that sorting / counting code hits.
import functools
import math


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "=>", type(e).__name__ + ":", e)


attempt("factorial huge", lambda: math.factorial(10**20))
attempt("factorial neg", lambda: math.factorial(-3))
attempt("factorial 20", lambda: math.factorial(20))
attempt("perm(-1)", lambda: math.perm(-1))
attempt("perm(-1, 2)", lambda: math.perm(-1, 2))
attempt("perm(5)", lambda: math.perm(5))
attempt("perm(5, 2)", lambda: math.perm(5, 2))
attempt("trunc str", lambda: math.trunc("x"))
attempt("trunc list", lambda: math.trunc([1]))
attempt("trunc floats", lambda: (math.trunc(2.7), math.trunc(-2.7), math.trunc(True)))
attempt("floor str", lambda: math.floor("x"))

by_desc = functools.cmp_to_key(lambda a, b: b - a)
attempt("cmp_to_key sort", lambda: sorted([3, 1, 2], key=by_desc))
attempt("key vs int", lambda: by_desc(1) < 3)
attempt("key vs int eq", lambda: by_desc(1) == 1)
attempt("key vs key", lambda: (by_desc(1) < by_desc(2), by_desc(2) == by_desc(2)))
largest = functools.cmp_to_key(lambda a, b: (a + b > b + a) - (a + b < b + a))
print("".join(sorted(["3", "30", "34", "5", "9"], key=largest, reverse=True)))
