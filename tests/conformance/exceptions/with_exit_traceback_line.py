# An exception raised by __exit__ is reported at the `with` statement's line, whether the
# body ended normally, by return, by break or by an exception.
import sys


class Resource:
    def __init__(self, name, fail):
        self.name = name
        self.fail = fail

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.fail:
            raise KeyError(self.name)
        return False


def exit_line(exc):
    tb = exc.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return lines


def normal():
    with Resource("normal", True):
        x = 1
        x += 1
    return x


def returning():
    with Resource("ret", True) as r:
        value = r.name.upper()
        return value


def breaking():
    for i in range(3):
        with Resource("brk", True):
            if i == 0:
                break
    return i


def raising():
    with Resource("raise", True):
        y = 1
        raise ValueError("body failed")


def nested():
    with Resource("outer", True), \
         Resource("inner", False):
        pass


for f in (normal, returning, breaking, raising, nested):
    try:
        f()
    except KeyError as e:
        print(f.__name__, "->", repr(e), exit_line(e))
        ctx = e.__context__
        print("   context:", repr(ctx))

with Resource("top", True):
    print("body runs")
    print("done with body")
