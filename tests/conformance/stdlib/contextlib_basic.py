import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack,
                        redirect_stdout, AbstractContextManager, ContextDecorator)

log = []


@contextmanager
def tag(name):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    finally:
        log.append(f"</{name}>")


with tag("b") as t:
    log.append(t)
print(log)
log.clear()

try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e, log)
log.clear()


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    {}["missing"]
print("after swallow")
try:
    with swallow(KeyError):
        raise TypeError("not swallowed")
except TypeError as e:
    print("TypeError:", e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields() as v:
        print("v =", v)
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def yield_after_throw():
    try:
        yield
    except ZeroDivisionError:
        yield


try:
    with yield_after_throw():
        1 / 0
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"translated {e}") from e


try:
    with translate():
        raise KeyError("k")
except LookupError as e:
    print("LookupError:", e, type(e.__cause__).__name__)


@contextmanager
def passthrough():
    yield


try:
    with passthrough():
        raise StopIteration("stop!")
except StopIteration as e:
    print("StopIteration passed:", e)

try:
    with passthrough():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError passed:", e)


# Decorator use of contextmanager objects
@tag("deco")
def decorated(x):
    log.append(f"body {x}")
    return x * 10


print(decorated(1), decorated(2))
print(log)
log.clear()
print(decorated.__name__)

# suppress
with suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
print("suppressed division")
with suppress(KeyError, IndexError):
    [][5]
print("suppressed index")
with suppress():
    pass
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("ValueError:", e)
with suppress(LookupError):
    {}["a"]
print("suppress base class works")


# closing
class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True
        print("closing", self.name)


with closing(Resource("db")) as r:
    print("using", r.name, r.closed)
print("closed?", r.closed)

# nullcontext
with nullcontext() as n:
    print("null:", n)
with nullcontext(42) as n:
    print("null:", n)


def process(f=None):
    cm = nullcontext(f) if f is not None else closing(Resource("auto"))
    with cm as res:
        return res.name


print(process(Resource("given")), process())


# ExitStack
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(Managed(n)) for n in "abc"]
    stack.callback(print, "callback", 1, sep="-")
    print("names", names)
print("stack done")

with ExitStack() as stack:
    stack.enter_context(Managed("outer", suppress=True))
    stack.enter_context(Managed("inner"))
    raise KeyError("inside stack")
print("suppressed by outer")


def exit_func(et, ev, tb):
    print("push func sees", et.__name__ if et else None)
    return False


try:
    with ExitStack() as stack:
        stack.push(exit_func)
        stack.push(Managed("pushed"))
        raise ValueError("v")
except ValueError as e:
    print("ValueError:", e)

stack = ExitStack()
stack.enter_context(Managed("x"))
stack.callback(lambda: print("lambda callback"))
print("closing manually")
stack.close()
stack.close()

with ExitStack() as stack:
    stack.enter_context(Managed("kept"))
    moved = stack.pop_all()
print("after with, kept not exited")
moved.close()


def failing_cb():
    raise RuntimeError("callback failed")


try:
    with ExitStack() as stack:
        stack.callback(print, "second runs")
        stack.callback(failing_cb)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

ret = ExitStack().callback(print)
print(ret is print)


# redirect_stdout
class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


cap = Capture()
with redirect_stdout(cap) as target:
    print("hidden line")
    print("second", 2)
print("target is cap:", target is cap)
print("captured:", "".join(cap.parts).splitlines())
print(sys.stdout is sys.__stdout__)

cap2 = Capture()
rd = redirect_stdout(cap2)
with rd:
    print("a")
    with redirect_stdout(cap):
        print("b")
    print("c")
print(repr("".join(cap2.parts)), repr("".join(cap.parts)))


class MyCM(AbstractContextManager):
    def __exit__(self, *a):
        print("MyCM exit")


with MyCM() as m:
    print(type(m).__name__)


class mydeco(ContextDecorator):
    def __enter__(self):
        print("deco enter")
        return self

    def __exit__(self, *exc):
        print("deco exit", exc[0])
        return False


@mydeco()
def work(n):
    print("working", n)
    return n + 1


print(work(4))
