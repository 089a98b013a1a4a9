# issubclass() accepts a first argument that is not a class when it has a __bases__ tuple
# (a parameterized generic reads its origin's), and checks its bases by identity.


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


attempt("alias object", lambda: issubclass(list[int], object))
attempt("alias list", lambda: issubclass(list[int], list))
attempt("alias tuple", lambda: issubclass(dict[str, int], (str, object)))
attempt("alias union", lambda: issubclass(list[int], int | object))
attempt("int arg", lambda: issubclass(3, int))
attempt("int in tuple", lambda: issubclass(3, (int,)))
attempt("bad arg 2", lambda: issubclass(int, 3))


class Fake:
    def __init__(self, *bases):
        self.__bases__ = bases


class Real:
    pass


leaf = Fake(Fake(Real))
attempt("fake chain", lambda: issubclass(leaf, Real))
attempt("fake object", lambda: issubclass(leaf, object))
attempt("fake miss", lambda: issubclass(Fake(), Real))
attempt("bases not tuple", lambda: issubclass(Fake.__new__(Fake), Real))
