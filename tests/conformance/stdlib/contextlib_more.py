# contextlib: closing, generator managers that swallow or re-raise, ExitStack, chdir, ContextDecorator.
import contextlib, io, sys, os, tempfile
class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closed", self.n)
with contextlib.closing(Res(1)) as r:
    print("using", r.n)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError as e:
        print("swallowed", e)
with swallow():
    1 / 0
print("after")
@contextlib.contextmanager
def trans():
    print("begin")
    try:
        yield "tx"
    except Exception:
        print("rollback")
        raise
    else:
        print("commit")
try:
    with trans() as t:
        raise KeyError("k")
except KeyError as e:
    print("outer", repr(e))
with trans():
    pass
with contextlib.suppress(KeyError, IndexError):
    [][1]
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
with contextlib.ExitStack() as stack:
    files = [stack.enter_context(contextlib.closing(Res(i))) for i in range(3)]
    stack.push(lambda *exc: print("push cb", exc[0]))
    print("body")
class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a): print("exit", a[0]); return None
with CM() as c:
    print(type(c).__name__)
d = tempfile.mkdtemp()
with contextlib.chdir(d):
    print(os.getcwd() == os.path.realpath(d))
print(os.getcwd() != d)
@contextlib.contextmanager
def gen_no_yield():
    return
    yield
try:
    with gen_no_yield():
        pass
except RuntimeError as e:
    print(e)
class Dec(contextlib.ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit"); return False
@Dec()
def fn(): print("in fn")
fn()
async_cm = contextlib.asynccontextmanager
print(callable(async_cm))
with contextlib.nullcontext(5) as v:
    print(v)
