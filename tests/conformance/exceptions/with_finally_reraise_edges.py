try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
class NotExc: pass
try:
    try:
        1 / 0
    except NotExc:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def brk():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(brk())
def cont():
    out = []
    for i in range(3):
        try:
            if i == 1: raise ValueError
            out.append(i)
        except ValueError:
            continue
        finally:
            out.append(f"f{i}")
    return out
print(cont())
try:
    raise ValueError("tb")
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next, type(tb).__name__, tb.tb_frame.f_code.co_name)
class Res:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter: raise RuntimeError(f"enter {self.name}")
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        if self.fail_exit: raise RuntimeError(f"exit {self.name}")
        return False
try:
    with Res("a") as a, Res("b", fail_enter=True) as b:
        print("body")
except RuntimeError as e:
    print("caught", e)
try:
    with Res("a", fail_exit=True), Res("b"):
        raise ValueError("body")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))
from contextlib import ExitStack, suppress, contextmanager, closing, nullcontext, redirect_stdout
import io
with ExitStack() as st:
    for i in range(3):
        st.callback(print, "cb", i)
    st.enter_context(Res("stacked"))
    print("in stack")
with suppress(KeyError, IndexError):
    [][0]
print("suppressed ok")
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("tag caught", e)
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print(t)
with tag("div"):
    raise ValueError("inside")
print("after div")
try:
    with tag("span"):
        raise KeyError("k")
except KeyError:
    print("KeyError escaped")
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad(): pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e:
    print("RuntimeError:", e)
class Thing:
    def close(self): print("closed thing")
with closing(Thing()): pass
with nullcontext(5) as n: print(n)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
def reraiser():
    try:
        raise ValueError("orig")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    reraiser()
except ValueError as e:
    print("reraised", e, e.__context__)
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise e
except ValueError as e:
    print(e.__context__)
e = ValueError("x")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 5
except TypeError as x:
    print("TypeError:", x)
print(ValueError("a") == ValueError("a"), ValueError.__bases__, BaseException.__subclasses__()[:0])
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
print(OSError(2, "x").errno, FileNotFoundError(2, "x").strerror, type(OSError(2, "x")).__name__, IOError is OSError, EnvironmentError)
print(repr(OSError(17, "exists")), isinstance(OSError(17, "e"), FileExistsError))
print(str(UnicodeError("x")), KeyError.__mro__)
x = SyntaxError("msg", ("f.py", 1, 2, "code"))
print(x.msg, x.filename, x.lineno, x.offset, x.text, str(x))
print(str(StopIteration(1, 2)), StopIteration(1).value, SystemExit(4).code, SystemExit().code, SystemExit(1, 2).code)
print(AttributeError("a", name="n", obj=1).name, NameError("x", name="y").name)
