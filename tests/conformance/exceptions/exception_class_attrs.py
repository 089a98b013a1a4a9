# Attributes the built-in exception classes provide before and after raising.

def caught(fn):
    try:
        fn()
    except BaseException as e:
        return e

e = caught(lambda: undefined_name)
print(type(e).__name__, e.name, e.args)
e = caught(lambda: (1).nope)
print(type(e).__name__, e.name, e.obj, e.args)
e = caught(lambda: {}["k"])
print(type(e).__name__, e.args, str(e), repr(e))
e = caught(lambda: open("/nonexistent/dir/file.txt"))
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
e = caught(lambda: int("x"))
print(type(e).__name__, e.args, e.__cause__, e.__context__, e.__suppress_context__)
e = caught(lambda: [].pop())
print(type(e).__name__, e.args, e.__traceback__ is not None)

print(NameError("n").name, AttributeError("a").name, AttributeError("a").obj)
print(NameError("n", name="x").name, AttributeError("a", name="y", obj=3).obj)
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror,
      type(OSError(2, "No such file")).__name__, OSError("plain").errno)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
print(KeyError("k").args, str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte").reason)
ex = ValueError("bad")
ex.add_note("first")
ex.add_note("second")
print(ex.__notes__, ex.with_traceback(None) is ex)
print(sorted(k for k in ("with_traceback", "add_note", "__str__", "__repr__")
             if k in vars(BaseException)))
print(issubclass(ModuleNotFoundError, ImportError), ImportError("m", name="pkg").name)
g = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
print(g.message, [type(x).__name__ for x in g.exceptions], str(g))
m, rest = g.split(ValueError)
print(type(m).__name__, m.exceptions, type(rest).__name__, rest.exceptions)
