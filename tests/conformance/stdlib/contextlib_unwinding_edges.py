# contextmanager protocol edges (no yield, a second yield, exceptions thrown in and swapped,
# StopIteration), ExitStack unwinding (suppression, replacement, context chains), the small
# context managers, decorator reuse, and the asynchronous forms driven without an event loop.
import sys
import contextlib
from contextlib import (contextmanager, ExitStack, suppress, closing, nullcontext,
                        redirect_stdout, redirect_stderr, ContextDecorator, asynccontextmanager,
                        AsyncExitStack, aclosing)


def describe(e):
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(chain)


def attempt(label, fn):
    try:
        result = fn()
    except BaseException as e:
        print(f"{label}: raised {describe(e)} suppress={e.__suppress_context__}")
    else:
        print(f"{label}: {result!r}")


print("-- contextmanager")


@contextmanager
def never():
    if False:
        yield


@contextmanager
def twice():
    yield 1
    yield 2


@contextmanager
def guarded(kind):
    try:
        yield kind
    except ValueError as e:
        print("  generator saw", repr(e))
        if kind == "swallow":
            return
        if kind == "swap":
            raise KeyError("swapped") from e
        if kind == "reraise":
            raise
        if kind == "yield-again":
            yield "again"
    finally:
        print("  cleanup", kind)


def run(cm, exc=None):
    with cm as value:
        print("  body got", value)
        if exc is not None:
            raise exc
    return "finished"


attempt("never", lambda: run(never()))
attempt("twice", lambda: run(twice()))
attempt("twice raising", lambda: run(twice(), ValueError("v")))
for kind in ["swallow", "swap", "reraise", "yield-again", "ignore"]:
    attempt(kind, lambda: run(guarded(kind), ValueError(kind)))
attempt("other exc", lambda: run(guarded("swallow"), TypeError("t")))
attempt("no exc", lambda: run(guarded("swallow")))


@contextmanager
def passthrough():
    yield


attempt("StopIteration through", lambda: run(passthrough(), StopIteration("s")))


@contextmanager
def eats_everything():
    try:
        yield
    except BaseException:
        pass


attempt("StopIteration eaten", lambda: run(eats_everything(), StopIteration("s")))
attempt("KeyboardInterrupt eaten", lambda: run(eats_everything(), KeyboardInterrupt()))
cm = guarded("x")
print(guarded.__name__)
with cm:
    pass
attempt("no args after enter", lambda: cm.args)


class TypeOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


g = guarded("swallow")
g.__enter__()
print("exit with type only:", g.__exit__(ValueError, None, None))

print("-- decorators")


@guarded("deco")
def decorated(n):
    print("  inside", n)
    return n * 2


print(decorated(1), decorated(2), decorated.__name__)


class Tracker(ContextDecorator):
    def __enter__(self):
        print("  enter tracker")
        return self

    def __exit__(self, *exc):
        print("  exit tracker", exc[0].__name__ if exc[0] else None)
        return False


@Tracker()
def tracked(x):
    if x < 0:
        raise ValueError("negative")
    return x


print(tracked(3))
attempt("tracked(-1)", lambda: tracked(-1))

print("-- ExitStack")


def cb(name, result=None, exc=None):
    def exit_fn(et, ev, tb):
        print(f"  exit {name} sees {et.__name__ if et else None}")
        if exc is not None:
            raise exc
        return result
    return exit_fn


def unwind(callbacks, body_exc=None):
    with ExitStack() as stack:
        for c in callbacks:
            stack.push(c)
        if body_exc is not None:
            raise body_exc
    return "clean"


attempt("plain", lambda: unwind([cb("a"), cb("b")]))
attempt("suppress", lambda: unwind([cb("a"), cb("b", True)], ValueError("body")))
attempt("replace", lambda: unwind([cb("a"), cb("b", exc=KeyError("k"))], ValueError("body")))
attempt("replace then suppress",
        lambda: unwind([cb("a", True), cb("b", exc=KeyError("k"))], ValueError("body")))
attempt("two raises",
        lambda: unwind([cb("a", exc=TypeError("t")), cb("b", exc=KeyError("k"))]))


class BadBool:
    def __bool__(self):
        raise ZeroDivisionError("bool")


attempt("bad bool", lambda: unwind([cb("a"), cb("b", BadBool())]))


def inside_handler():
    try:
        raise OSError("outer")
    except OSError:
        with ExitStack() as stack:
            stack.push(cb("x", exc=KeyError("inner")))
            raise ValueError("body")


attempt("inside handler", inside_handler)

with ExitStack() as stack:
    stack.callback(print, "  callback", 1, sep="|")
    res = stack.enter_context(nullcontext("nc"))
    print("  entered", res)
    moved = stack.pop_all()
print("  after with; closing moved")
moved.close()
attempt("enter non-cm", lambda: ExitStack().enter_context(object()))


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("  closed", self.name)


with closing(Resource("r1")) as r:
    print("  using", r.name)
with nullcontext() as nothing:
    print("  nullcontext gives", nothing)

print("-- suppress and redirect")
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
attempt("not suppressed", lambda: run(suppress(KeyError), ValueError("v")))
with suppress():
    pass
print(suppress(ValueError).__exit__(None, None, None))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


outer_sink, inner_sink = Sink(), Sink()
r = redirect_stdout(outer_sink)
with r as got:
    print("to outer", got is outer_sink)
    with r:
        print("nested same")
    with redirect_stdout(inner_sink):
        print("to inner")
    print("outer again")
print("outer:", "".join(outer_sink.parts).splitlines())
print("inner:", "".join(inner_sink.parts).splitlines())
err_sink = Sink()
with redirect_stderr(err_sink):
    sys.stderr.write("hidden\n")
print("err:", err_sink.parts)

print("-- async forms")


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


@asynccontextmanager
async def agen(kind):
    try:
        yield kind
    except ValueError as e:
        print("  agen saw", e)
        if kind == "swallow":
            return
        raise
    finally:
        print("  agen cleanup", kind)


@asynccontextmanager
async def anever():
    if False:
        yield


async def use(cm, exc=None):
    async with cm as v:
        print("  async body", v)
        if exc:
            raise exc
    return "done"


attempt("async swallow", lambda: drive(use(agen("swallow"), ValueError("x"))))
attempt("async reraise", lambda: drive(use(agen("re"), ValueError("y"))))
attempt("async never", lambda: drive(use(anever())))


class AClosable:
    def __repr__(self):
        return "AClosable()"

    async def aclose(self):
        print("  aclosed")


attempt("aclosing", lambda: drive(use(aclosing(AClosable()))))
attempt("async nullcontext", lambda: drive(use(nullcontext(5))))


async def astack():
    async with AsyncExitStack() as stack:
        stack.callback(print, "  sync callback")

        async def acb(et, ev, tb):
            print("  async exit sees", et.__name__ if et else None)
            return True
        stack.push_async_exit(acb)
        v = await stack.enter_async_context(agen("stacked"))
        print("  entered", v)
        raise ValueError("in stack")
    return "stack done"


attempt("AsyncExitStack", lambda: drive(astack()))
