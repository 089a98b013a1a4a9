"""contextlib managing resources in a script: ExitStack with callbacks and pushed exits,
suppress, contextmanager generators that raise, swallow or misbehave, redirect_stdout,
closing, nullcontext, ContextDecorator, and the order everything unwinds in."""
import contextlib
import io
import sys
from contextlib import (ExitStack, suppress, contextmanager, redirect_stdout, redirect_stderr,
                        closing, nullcontext, ContextDecorator, AbstractContextManager)


class Resource:
    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        print(f"  open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"  close {self.name} (exc={exc_type.__name__ if exc_type else None})")
        if self.fail_on_exit:
            raise RuntimeError(f"{self.name} failed to close")
        return False


@contextmanager
def transaction(name, swallow=False):
    print(f"  begin {name}")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"  rollback {name}: {e}")
        if not swallow:
            raise
    else:
        print(f"  commit {name}")
    finally:
        print(f"  end {name}")


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def double_yield():
    yield 1
    yield 2


@contextmanager
def converting():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"converted {e}") from e


print("== ExitStack")
with ExitStack() as stack:
    resources = [stack.enter_context(Resource(n)) for n in ('a', 'b', 'c')]
    stack.callback(print, "  callback with", "args")
    stack.push(lambda *exc: print("  pushed exit sees", exc[0]) or False)
    print("  body uses", [r.name for r in resources])
print("after stack")

try:
    with ExitStack() as stack:
        stack.enter_context(Resource('outer'))
        stack.enter_context(Resource('failing', fail_on_exit=True))
        stack.enter_context(Resource('inner'))
        raise KeyError('body')
except RuntimeError as e:
    print("caught", type(e).__name__, e, "context:", repr(e.__context__))

with ExitStack() as stack:
    stack.enter_context(Resource('kept'))
    moved = stack.pop_all()
print("moved stack still open")
moved.close()


def cleanup(tag):
    print("  cleanup", tag)


with ExitStack() as stack:
    stack.callback(cleanup, 1)
    stack.callback(cleanup, tag=2)
    stack.push(lambda et, ev, tb: True)
    raise ValueError('swallowed by pushed exit')
print("continued after swallowed error")
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError:", e)

print("== suppress")
with suppress(FileNotFoundError, KeyError):
    {}['missing']
print("suppressed KeyError")
with suppress():
    pass
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError passes through:", e)

print("== contextmanager")
with transaction('t1') as name:
    print("  working in", name)
with transaction('t2', swallow=True):
    raise ValueError('bad row')
try:
    with transaction('t3'):
        raise ValueError('fatal')
except ValueError as e:
    print("re-raised:", e)
try:
    with transaction('t4'):
        raise TypeError('other')
except TypeError as e:
    print("passed through:", e)
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with double_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with converting():
        {}['k']
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

print("== redirect, closing, nullcontext")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second", end="")
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))


class Conn:
    def close(self):
        print("  Conn.close called")


with closing(Conn()) as c:
    print("  using", type(c).__name__)
with nullcontext(42) as v:
    print("nullcontext gives", v)


class timed(ContextDecorator):
    def __enter__(self):
        print("  enter timed")
        return self

    def __exit__(self, *exc):
        print("  exit timed", exc[0].__name__ if exc[0] else None)
        return False


@timed()
def work(x):
    print("  work", x)
    return x * 2


print(work(21))


class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print("  Managed exit")


with Managed() as m:
    print("  Managed enter returns self:", isinstance(m, Managed))
print(issubclass(Resource, AbstractContextManager), issubclass(int, AbstractContextManager))
