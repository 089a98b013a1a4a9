# Where the traceback module finds an entry's columns: extract_tb's FrameSummary (lineno,
# end_lineno, colno, end_colno, line), format_tb, format_exception, print_exc to stdout,
# TracebackException.format, and logging.exception with a stdout handler.
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

import logging
import sys
import traceback


def divide(a, b):
    return a / b


def average(values):
    return divide(sum(values),
                  len(values))


def lookup(table, key):
    return table["rows"][key]


try:
    average([])
except ZeroDivisionError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
    print("".join(traceback.format_tb(e.__traceback__)), end="")
    print("".join(traceback.format_exception(e)), end="")
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, limit=1)), end="")
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format()), end="")
    print([(f.lineno, f.colno, f.end_colno) for f in te.stack])

try:
    lookup({"rows": [1, 2]}, 7)
except IndexError:
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exc().count("^"))

# Positions that were not recorded: no caret line.
summary = traceback.FrameSummary("nofile.py", 3, "f", line="x = compute(1) + 2")
print(summary.colno, summary.end_colno, summary.end_lineno)
print("".join(traceback.StackSummary.from_list([summary]).format()), end="")
explicit = traceback.FrameSummary("nofile.py", 3, "f", line="x = compute(1) + 2",
                                  end_lineno=3, colno=4, end_colno=18)
print("".join(traceback.StackSummary.from_list([explicit]).format()), end="")

logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("carets")
try:
    {"a": 1}["b"]
except KeyError:
    log.exception("lookup failed")
try:
    [1, 2][3]
except IndexError:
    logging.error("with exc_info", exc_info=True)
