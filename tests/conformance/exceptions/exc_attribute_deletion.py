# Deleting and assigning the attributes of built-in exceptions: the core attributes (args,
# __traceback__, __cause__, __context__, __suppress_context__) refuse deletion with CPython's
# words; the fields of the built-in subclasses read as None once deleted.


def attempt(label, action):
    try:
        action()
        print(label, "-> ok")
    except Exception as ex:
        print(label, "->", type(ex).__name__, ex)


def deleter(obj, name):
    return lambda: delattr(obj, name)


def setter(obj, name, value):
    return lambda: setattr(obj, name, value)


exc = SystemExit(3)
for name in ["code", "args", "__traceback__", "__cause__", "__context__",
             "__suppress_context__", "__notes__", "nonexistent"]:
    attempt(f"del SystemExit.{name}", deleter(exc, name))
print("code after del:", exc.code, "args:", exc.args, repr(exc))
exc.code = "again"
print("code reassigned:", exc.code, exc.args)
del exc.code
print("deleted twice is fine:", exc.code)

print("--- fields of built-in subclasses")
cases = [
    (OSError(2, "No such file", "data.csv", None, "copy.csv"),
     ["errno", "strerror", "filename", "filename2"]),
    (StopIteration("done", 2), ["value"]),
    (ImportError("no module", name="pkg", path="/lib/pkg"), ["msg", "name", "path"]),
    (AttributeError("missing", name="attr", obj=[1, 2]), ["name", "obj"]),
    (NameError("undefined", name="xyz"), ["name"]),
    (SyntaxError("bad", ("prog.py", 3, 7, "x = = 1\n", 3, 8)),
     ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"]),
]
for exc, names in cases:
    before = [getattr(exc, n) for n in names]
    for n in names:
        delattr(exc, n)
    after = [getattr(exc, n) for n in names]
    print(type(exc).__name__, before, "->", after, "args kept:", exc.args)

print("--- assignment checks")
exc = ValueError("a", "b")
attempt("args = 5", setter(exc, "args", 5))
attempt("args = 'xy'", setter(exc, "args", "xy"))
print("args now", exc.args, str(exc))
attempt("args = [1]", setter(exc, "args", [1]))
print("args now", exc.args, repr(exc))
attempt("__traceback__ = 5", setter(exc, "__traceback__", 5))
attempt("__traceback__ = None", setter(exc, "__traceback__", None))
attempt("__cause__ = 'x'", setter(exc, "__cause__", "x"))
attempt("__cause__ = KeyError", setter(exc, "__cause__", KeyError))
attempt("__context__ = 1", setter(exc, "__context__", 1))
attempt("__suppress_context__ = 0", setter(exc, "__suppress_context__", 0))
attempt("__suppress_context__ = None", setter(exc, "__suppress_context__", None))
print("suppress still", exc.__suppress_context__)
attempt("__suppress_context__ = True", setter(exc, "__suppress_context__", True))
print("suppress now", exc.__suppress_context__)
exc.__cause__ = KeyError("k")
print("cause set:", repr(exc.__cause__), exc.__suppress_context__)
exc.__cause__ = None
print("cause cleared:", exc.__cause__, exc.__suppress_context__)
exc.__context__ = TypeError("t")
print("context:", repr(exc.__context__))


class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


err = AppError("boom", 42)
print(err.code, err.args)
del err.code
attempt("del AppError.code twice", deleter(err, "code"))
attempt("del AppError.args", deleter(err, "args"))
err.extra = 1
del err.extra
print("user attributes come and go:", hasattr(err, "extra"))


class Exit(SystemExit):
    pass


ex = Exit(1, 2)
print(ex.code)
del ex.code
print(ex.code, ex.args)
