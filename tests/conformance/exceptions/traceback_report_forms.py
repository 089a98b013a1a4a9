# The traceback module writing to stdout: print_exc/format_exc through calls and methods,
# format_exception forms, chained causes and contexts, StopIteration in a generator, nested
# exception groups, extract_tb, limits, assertion messages and notes.
import os as _os
import sys as _sys


class _ScrubDir:
    """Prints this program's directory as <dir>: tracebacks name the script by its absolute
    path, and the golden must not depend on where the suite is checked out."""

    def __init__(self, stream):
        self.stream = stream
        self.dir = _os.path.dirname(_os.path.abspath(__file__))

    def write(self, text):
        return self.stream.write(text.replace(self.dir, "<dir>"))

    def flush(self):
        self.stream.flush()


_sys.stdout = _ScrubDir(_sys.stdout)

import traceback, sys

def parse(s):
    return int(s)

def load(items):
    out = []
    for it in items:
        out.append(parse(it))
    return out

try:
    load(["1", "x"])
except ValueError:
    traceback.print_exc(file=sys.stdout)
    print("---")
    print(traceback.format_exc())

class Account:
    def __init__(self, bal):
        self.bal = bal
    def withdraw(self, n):
        if n > self.bal:
            raise ValueError(f"insufficient funds: {self.bal} < {n}")
        self.bal -= n

a = Account(10)
try:
    a.withdraw(50)
except ValueError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print("".join(lines))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception(e)[-1])

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        None.foo
except AttributeError:
    traceback.print_exc(file=sys.stdout)

def gen():
    yield 1
    raise StopIteration
try:
    list(gen())
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
except ExceptionGroup:
    traceback.print_exc(file=sys.stdout)

tb = None
try:
    x = [1, 2, 3]
    x[10]
except IndexError as e:
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb):
        print(fs.filename.rsplit("/", 1)[-1], fs.lineno, fs.name, repr(fs.line))
    print(traceback.format_tb(tb))
st = traceback.extract_stack()
print(len(st) >= 1, st[-1].name)
def deep(n):
    if n == 0:
        raise ValueError("bottom")
    deep(n - 1)
try:
    deep(3)
except ValueError:
    traceback.print_exc(limit=2, file=sys.stdout)
    traceback.print_exc(limit=-1, file=sys.stdout)
try:
    assert 1 == 2, "math broke"
except AssertionError:
    traceback.print_exc(file=sys.stdout)
e = ValueError("note me")
e.add_note("first note")
e.add_note("second")
print("".join(traceback.format_exception(e)))
try:
    raise e
except ValueError:
    traceback.print_exc(file=sys.stdout)
traceback.print_exception(KeyError("zz"), file=sys.stdout)
print(repr(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 6)))))
