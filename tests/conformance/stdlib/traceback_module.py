# traceback: extracting and formatting tracebacks and exceptions. (CPython 3.11 draws ^^^
# markers under the failing part of a line, which pyseal cannot locate; every failing line
# here is a whole statement, where CPython draws none.)
import os as _os
import sys as _sys
_HERE = _os.path.dirname(_os.path.abspath(__file__)) + _os.sep


class _StripDir:
    """Drops this program's directory from what it prints, so the output is the same in
    any checkout."""

    def __init__(self, out):
        self.out = out

    def write(self, s):
        return self.out.write(s.replace(_HERE, ""))

    def flush(self):
        self.out.flush()


_sys.stdout = _StripDir(_sys.stdout)

import sys
import traceback


def level3(x):
    if x == 0:
        raise ZeroDivisionError("division by zero")


def level2(x):
    level3(x)


def level1(x):
    try:
        level2(x)
    except ZeroDivisionError as e:
        raise ValueError("bad input") from e


try:
    level1(0)
except ValueError:
    text = traceback.format_exc()
    print(text.replace(__file__, "PROG"))
    print(text.splitlines()[-1])
try:
    raise KeyError("missing")
except KeyError as e:
    print(traceback.format_exception_only(type(e), e), traceback.format_exception_only(e))
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb):
        print(fs.lineno, fs.name, fs.line, len(fs), fs[1:3])
    print(len(traceback.format_tb(tb)), type(traceback.extract_tb(tb)).__name__)
print(repr(traceback.format_exc()))


def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    rec(n - 1)


try:
    rec(10)
except RuntimeError:
    lines = traceback.format_exc().splitlines()
    print(len(lines), lines[-3:])


class AppError(Exception):
    pass


try:
    try:
        raise AppError("first")
    except AppError:
        raise TypeError("second")
except TypeError as e:
    out = "".join(traceback.format_exception(e))
    print(out.replace(__file__, "PROG"))
    print(traceback.format_exception(e, chain=False)[-1])
print(traceback.format_exception_only(SyntaxError("invalid syntax", ("f.py", 3, 5, "x = = 1\n"))))
e = ValueError("with note")
e.add_note("extra info")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(ValueError()), traceback.format_exception_only(None))
te = traceback.TracebackException.from_exception(ValueError("te"))
print(list(te.format()), str(te), te.exc_type.__name__)


def where():
    return traceback.extract_stack()[-1].name, traceback.format_stack()[-1].splitlines()[1].strip()


print(where())
traceback.print_exception(ValueError("printed"), file=sys.stdout)
