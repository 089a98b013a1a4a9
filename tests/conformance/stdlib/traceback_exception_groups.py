# traceback's exception groups: members in numbered boxes (nested groups indented, wide
# groups cut at max_group_width), with caret lines inside the boxes.
import os as _os
import sys as _sys


class _RelativePaths:
    """Stdout with this directory's path cut out, so the output is the same wherever the
    suite runs (tracebacks name files by absolute path)."""

    def __init__(self, out, prefix):
        self.out, self.prefix = out, prefix

    def write(self, s):
        return self.out.write(s.replace(self.prefix, "<dir>/"))

    def flush(self):
        self.out.flush()


_sys.stdout = _RelativePaths(_sys.stdout, _os.path.dirname(_os.path.abspath(__file__)) + "/")

import traceback, sys
def fail(n):
    return [n][n]
def collect():
    errs = []
    for i in range(1, 3):
        try:
            fail(i)
        except IndexError as e:
            errs.append(e)
    return errs
try:
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", collect()), KeyError("k")])
except ExceptionGroup:
    traceback.print_exc(file=sys.stdout)
try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(20)])
except ExceptionGroup as e:
    print("".join(traceback.format_exception(e)))
    print("".join(traceback.TracebackException.from_exception(e, max_group_width=3).format()))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ExceptionGroup("ctx", [TypeError("t")])
except ExceptionGroup:
    print(traceback.format_exc())
