# Errors in __del__ and in a generator's cleanup are reported, not raised: with their own
# traceback only (no chained exception), and the program goes on.
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalizing", self.name)
        raise ValueError(f"cannot release {self.name}")


def handler_then_drop():
    try:
        raise KeyError("context")
    except KeyError:
        r = Resource("in-handler")
        del r
    print("after handler")


def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        raise RuntimeError("refusing to close")


r = Resource("plain")
del r
handler_then_drop()
g = gen()
print(next(g))
del g
print("after generator")
sys.stderr.flush()
print("done")
