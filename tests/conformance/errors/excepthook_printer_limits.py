# The default sys.excepthook, captured through a stand-in sys.stderr: sys.tracebacklimit,
# and entries that repeat a line of the same name (nested lambdas) each showing their own
# position.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def text(self):
        return "".join(self.parts).replace(__file__, "PROG")


def show(exc):
    real = sys.stderr
    cap = Capture()
    sys.stderr = cap
    try:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.stderr = real
    print(cap.text(), end="")
    print("-" * 20)


def a():
    b()


def b():
    c()


def c():
    return {}["missing"]


def catch(f):
    try:
        f()
    except Exception as e:
        return e


nested = lambda: (lambda: 1 / 0)()  # noqa: E731

for limit in (None, 3, 1, 0, -2, True, 10**30):
    if limit is None:
        print("tracebacklimit unset")
    else:
        sys.tracebacklimit = limit
        print("tracebacklimit =", limit)
    show(catch(a))
    show(catch(nested))

del sys.tracebacklimit


def chained():
    try:
        a()
    except KeyError as k:
        raise ValueError("wrapped") from k


sys.tracebacklimit = 1
show(catch(chained))
sys.tracebacklimit = 2
a()
