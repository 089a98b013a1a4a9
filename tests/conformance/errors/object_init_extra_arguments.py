# Arguments that reach object.__init__: an error when the class defined __init__ (and passed
# them on) or defines no __new__ to take them; range indexing with huge ints.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except TypeError as e:
        print(label, "TypeError:", e)


class Passes:
    def __init__(self, value):
        super().__init__(value)


class Mixin:
    def __init__(self, **kwargs):
        super().__init__(**kwargs)


class Widget(Mixin):
    def __init__(self, name, **kwargs):
        self.name = name
        super().__init__(**kwargs)


class OnlyNew:
    def __new__(cls, *args):
        return super().__new__(cls)


class Empty:
    pass


class Cooperative:
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.args = args


attempt("passes value", lambda: Passes(1))
attempt("mixin no kwargs", lambda: Widget("w"))
attempt("mixin leftover", lambda: Widget("w", color="red"))
attempt("only __new__", lambda: OnlyNew(1, 2))
attempt("empty", lambda: Empty(1))
attempt("empty kw", lambda: Empty(x=1))
attempt("object.__init__ direct", lambda: object.__init__(Empty(), 1))
attempt("cooperative", lambda: Cooperative(1, k=2))
attempt("exception subclass", lambda: type("E", (Exception,), {})("a", "b"))

for index in (2, -1, 2**64, -(2**64)):
    try:
        print(index, range(5)[index])
    except IndexError as e:
        print(index, "IndexError:", e)
