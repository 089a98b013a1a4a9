# The traceback module on caught exceptions, printed to stdout: format_exc, print_exc,
# extract_tb/format_tb, chained causes and contexts, notes, exception groups, SyntaxError
# details, TracebackException, extract_stack, and a __str__ that fails.
import os as _os
import sys as _sys


class _ScrubDir:
    """Prints this program's directory as <dir>: the golden must not depend on where the
    suite is checked out (tracebacks and warnings name the script by its absolute path)."""

    def __init__(self, stream):
        self.stream = stream
        self.dir = _os.path.dirname(_os.path.abspath(__file__))

    def write(self, text):
        return self.stream.write(text.replace(self.dir, "<dir>"))

    def flush(self):
        self.stream.flush()

    def __getattr__(self, name):
        return getattr(self.stream, name)


_sys.stdout = _ScrubDir(_sys.stdout)

import traceback, sys

def inner(d):
    return d["missing"] + 1

def middle(d):
    return inner(d) * 2

def outer():
    try:
        middle({})
    except KeyError:
        print(traceback.format_exc())
        traceback.print_exc(file=sys.stdout)
        et, ev, tb = sys.exc_info()
        print(traceback.format_exception_only(et, ev))
        for fs in traceback.extract_tb(tb):
            print(fs.filename, fs.lineno, fs.name, repr(fs.line))
        print(traceback.format_tb(tb))
        s = traceback.extract_tb(tb)
        print(s.format())
        print(len(traceback.format_list(s)))
outer()

def chain():
    try:
        int("abc")
    except ValueError as e:
        raise RuntimeError("wrap") from e
try:
    chain()
except RuntimeError as e:
    print("".join(traceback.format_exception(e)))
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)))
    print("".join(traceback.format_exception(e, limit=1)))
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format()))
    print(list(te.format_exception_only()))
    print(te.exc_type.__name__, str(te))
    print(te.stack[0].name, te.__cause__.exc_type.__name__)

def ctx():
    try:
        [][1]
    except IndexError:
        {}["k"]
try:
    ctx()
except KeyError as e:
    traceback.print_exception(e, file=sys.stdout)
    e.add_note("note one")
    e.add_note("note two")
    traceback.print_exception(e, file=sys.stdout)

try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), ExceptionGroup("inner", [KeyError("c")])])
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=sys.stdout)

print(traceback.format_exception_only(SyntaxError, SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 6))))
try:
    compile("def f(:\n  pass", "prog.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(type(e), e)))
def stack_user():
    st = traceback.extract_stack()
    print([f.name for f in st])
    print(traceback.format_stack()[-1])
stack_user()
try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
    traceback.print_tb(tb, file=sys.stdout)
print(traceback.format_exception_only(ValueError, ValueError("")))
print(traceback.format_exception_only(None, None) if False else "")
class Weird(Exception):
    def __str__(self): raise RuntimeError("no str")
print(traceback.format_exception_only(Weird, Weird()))
