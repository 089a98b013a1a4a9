import contextlib, io, sys, os
from contextlib import contextmanager, ExitStack, suppress, redirect_stdout, redirect_stderr, closing, nullcontext, AbstractContextManager
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("caught", e)
    finally:
        print(f"</{name}>")
with tag('a') as t:
    print(t)
with tag('b'):
    raise ValueError('boom')
try:
    with tag('c'):
        raise KeyError('k')
except KeyError as e:
    print('outer', repr(e))
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('after suppress')
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured!')
    help_text = 'x'
print(repr(buf.getvalue()))
class Res:
    def __init__(self, n): self.n = n
    def close(self): print('close', self.n)
    def __enter__(self): print('enter', self.n); return self
    def __exit__(self, *a): print('exit', self.n, a[0].__name__ if a[0] else None); return False
with closing(Res(1)) as r:
    print('using', r.n)
with ExitStack() as st:
    rs = [st.enter_context(Res(i)) for i in range(3)]
    st.callback(print, 'callback ran')
    st.push(lambda *a: print('push saw', a[0]))
    print('body')
try:
    with ExitStack() as st:
        st.enter_context(Res(9))
        raise RuntimeError('x')
except RuntimeError:
    print('propagated')
with ExitStack() as st:
    st.enter_context(Res(5))
    st2 = st.pop_all()
print('popped')
st2.close()
with nullcontext(42) as v:
    print(v)
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e:
    print(e)
class Timer(contextlib.ContextDecorator):
    def __enter__(self): print('start'); return self
    def __exit__(self, *exc): print('stop'); return False
@Timer()
def work(): print('working'); return 7
print(work())
with contextlib.chdir(os.path.dirname(os.path.abspath(__file__)) if False else '.'):
    print('in dir')
err = io.StringIO()
with redirect_stderr(err):
    print('to err', file=sys.stderr)
print(err.getvalue().strip())
print(isinstance(Res(0), AbstractContextManager), issubclass(Res, AbstractContextManager))
@contextmanager
def converter():
    try:
        yield
    except KeyError as e:
        raise ValueError('converted') from e
try:
    with converter():
        {}['x']
except ValueError as e:
    print(e, repr(e.__cause__))
