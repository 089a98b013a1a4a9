# itertools called wrongly: CPython's messages, raised when the iterator is made.
import functools
import itertools as it


def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", type(result).__name__)
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)


attempt("combinations()", lambda: it.combinations("abc"))
attempt("combinations r=2.0", lambda: it.combinations("abc", 2.0))
attempt("combinations 3 args", lambda: it.combinations("abc", 2, 3))
attempt("combinations x=", lambda: it.combinations("abc", 2, x=1))
attempt("cwr()", lambda: it.combinations_with_replacement("ab"))
attempt("permutations r='x'", lambda: it.permutations("abc", "x"))
attempt("accumulate(5)", lambda: it.accumulate(5))
attempt("accumulate x=", lambda: it.accumulate([1], x=1))
attempt("pairwise(5)", lambda: it.pairwise(5))
attempt("pairwise()", lambda: it.pairwise())
attempt("takewhile kw", lambda: it.takewhile(bool, iterable=[1]))
attempt("dropwhile()", lambda: it.dropwhile())
attempt("filterfalse 1 arg", lambda: it.filterfalse(len))
attempt("starmap(pow, 3)", lambda: it.starmap(pow, 3))
attempt("starmap items", lambda: list(it.starmap(pow, [(2, 3), 4])))
attempt("compress(1, 2)", lambda: it.compress(1, 2))
attempt("zip_longest(1)", lambda: it.zip_longest([1], 1))
attempt("zip_longest fill=", lambda: it.zip_longest("a", fill=0))
attempt("islice('a')", lambda: it.islice("a"))
attempt("islice 5 args", lambda: it.islice("a", 1, 2, 3, 4))
attempt("islice stop=", lambda: it.islice("a", stop=1))
attempt("repeat()", lambda: it.repeat())
attempt("repeat times='x'", lambda: it.repeat(1, "x"))
attempt("repeat 3 args", lambda: it.repeat(1, 2, 3))
attempt("cycle()", lambda: it.cycle())
attempt("chain kw", lambda: it.chain(x=1))
attempt("groupby()", lambda: it.groupby())
attempt("tee(1)", lambda: it.tee(1))
attempt("tee n='2'", lambda: it.tee("ab", "2"))
attempt("product repeat='x'", lambda: it.product("a", repeat="x"))
attempt("product foo=", lambda: it.product("a", foo=1))
attempt("count 3 args", lambda: it.count(1, 2, 3))
attempt("count x=", lambda: it.count(x=3))
attempt("partial()", lambda: functools.partial())

# Correct calls still work, keyword forms included.
print(list(it.combinations(iterable="abc", r=2)))
print(list(it.accumulate([1, 2, 3], initial=10)), list(it.repeat("x", times=2)))
print(list(it.count(start=5, step=-2).__next__() for _ in range(2)))
print([list(g) for _, g in it.groupby("aabbbc", key=str.upper)])
print(list(it.permutations("ab", r=None)), list(it.islice("abcdef", 1, None, 2)))
print(list(it.zip_longest("ab", "xyz", fillvalue="-")), functools.partial(max, 3)(1, 2))
