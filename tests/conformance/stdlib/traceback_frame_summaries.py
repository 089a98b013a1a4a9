# FrameSummary as a 4-tuple, StackSummary.from_list, the (exc) and (type, value, tb) call
# forms of format_exception*, and TracebackException equality.
import sys
import traceback

def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__, e)

fs = traceback.FrameSummary("prog.py", 3, "main", line="  x = 1  \n")
print(repr(fs), len(fs), list(fs), fs[0], fs[-1], fs[1:3], repr(fs.line))
print(fs == ("prog.py", 3, "main", "x = 1"), fs == ("prog.py", 3, "main", "  x = 1  \n"))
print(fs == traceback.FrameSummary("prog.py", 3, "main", line="other"), fs == 5, fs != fs)
print(fs.locals, traceback.FrameSummary("f", 1, "g", line="", locals={"a": [1], "b": "s"}).locals)
name, lineno, func, text = fs
print(name, lineno, func, text)
show("index 4", lambda: fs[4])
nl = traceback.FrameSummary("nowhere.py", None, "f")
print(repr(nl.line), list(nl))
lazy = traceback.FrameSummary("missing_file.py", 10, "f", lookup_line=False)
print(repr(lazy.line), lazy == ("missing_file.py", 10, "f", ""))
here = traceback.FrameSummary(__file__, 2, "top")
print(repr(here.line))

stack = traceback.StackSummary.from_list([("a.py", 1, "f", "call()"), fs,
                                          ("b.py", 2, "g", None)])
print(type(stack).__name__, len(stack), [type(x).__name__ for x in stack], stack[1] is fs)
print("".join(stack.format()), end="")
print("".join(traceback.format_list([("c.py", 9, "h", "return 1")])), end="")
show("bad entry", lambda: traceback.StackSummary.from_list([("a.py", 1)]))
print(traceback.StackSummary.from_list([]), type(traceback.StackSummary.from_list(iter([]))).__name__)

def fail(n):
    if n == 0:
        raise KeyError("deep")
    fail(n - 1)

try:
    fail(2)
except KeyError as e:
    err = e

lines = traceback.format_exception(err)
same = traceback.format_exception(type(err), err, err.__traceback__)
print(lines == same, len(lines), lines[-1], end="")
print(traceback.format_exception_only(err), traceback.format_exception_only(type(err), err))
print(traceback.format_exception(None), traceback.format_exception_only(None))
print(traceback.format_exception(err, limit=1)[-2].strip().startswith("raise"))
show("value without tb", lambda: traceback.format_exception(type(err), err))
show("tb without value", lambda: traceback.format_exception(type(err), tb=err.__traceback__))
show("non-exception", lambda: traceback.format_exception(42))
show("non-exception only", lambda: traceback.format_exception_only("oops"))
print(traceback.format_exception(type(err), None, None))
print(traceback.format_exception(ValueError, ValueError("v"), None))

te1 = traceback.TracebackException.from_exception(err)
te2 = traceback.TracebackException(type(err), err, err.__traceback__)
print(te1 == te2, te1 == err, te1 != te2, str(te1), te1.exc_type.__name__)
print(len(te1.stack), [f.name for f in te1.stack])
try:
    raise ValueError("other")
except ValueError as e2:
    te3 = traceback.TracebackException.from_exception(e2, limit=0)
print(te1 == te3, str(te3), len(te3.stack))
print("".join(te3.format_exception_only()), end="")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e3:
    te = traceback.TracebackException.from_exception(e3)
print(type(te.__context__).__name__, te.__context__.exc_type.__name__, te.__cause__)
print([l.splitlines()[0] for l in te.format() if l.startswith(("Trace", "During", "Zero", "Value"))])
