# Exception state and traceback objects: TracebackException, sys.exc_info/sys.exception in
# handlers, generators and after them, walk_tb, extract_tb limits, bare raise, suppressed
# contexts, format_exception_only of odd exceptions and SyntaxErrors.
import sys, traceback
def a(): b()
def b(): c()
def c(): raise ValueError("deep")
try:
    a()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print(type(te).__name__, te.exc_type.__name__, str(te))
    print([f.name for f in te.stack])
    print("".join(te.format_exception_only()))
    print(len(list(te.format())))
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
    print(sys.exception() is e)
    for f, lineno in traceback.walk_tb(e.__traceback__):
        print(f.f_code.co_name, lineno)
    ss = traceback.extract_tb(e.__traceback__, limit=2)
    print(type(ss).__name__, len(ss), [tuple(x)[1:] for x in ss])
    print("".join(traceback.format_list(ss)).replace(__file__, "FILE"))
    print(traceback.format_exception(e, limit=1, chain=False)[-1])
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
print(sys.exc_info())
print(sys.exception())
try:
    try:
        raise KeyError("a")
    except KeyError as inner:
        raise ValueError("b") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
    out = traceback.format_exception(e)
    print(len(out), out[-1])
    te = traceback.TracebackException.from_exception(e)
    print(te.__suppress_context__, te.__context__ is not None)
def f():
    try:
        raise TypeError("t1")
    except TypeError:
        return sys.exc_info()[0]
print(f(), sys.exc_info()[0])
def g():
    try:
        1/0
    except ZeroDivisionError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
it = g()
print(next(it), sys.exc_info()[0])
print(next(it))
try:
    raise ValueError("x")
except ValueError:
    try:
        raise
    except ValueError as e2:
        print("reraised", e2)
try:
    raise
except RuntimeError as e:
    print(repr(e))
e = ValueError("manual")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(ValueError, None))
print(traceback.format_exception_only(None, None) if False else "skip")
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("nope")
print(traceback.format_exception_only(Weird()))
print(traceback.format_exception_only(Weird("a", 1)))
class Empty(Exception):
    def __str__(self): return ""
print(traceback.format_exception_only(Empty()))
print(repr(str(KeyError())), repr(str(KeyError("a"))), repr(str(KeyError("a", "b"))))
ex = SyntaxError("invalid syntax", ("<string>", 1, 5, "x = ) 1\n", 1, 6))
print(traceback.format_exception_only(ex))
ex2 = SyntaxError("msg only")
print(traceback.format_exception_only(ex2))
ie = IndentationError("expected an indented block", ("f.py", 2, 1, "print(x)\n"))
print("".join(traceback.format_exception_only(ie)))
