"""__context__ is set where an exception is raised, not again as it leaves each frame; raising an
exception already in the handled chain unlinks it first, so the chain never loops."""
def g():
    e = TypeError("t")
    try:
        raise e
    except TypeError:
        e.__context__ = None
        raise
try:
    raise ValueError("v")
except ValueError:
    try:
        g()
    except TypeError as t:
        print(repr(t.__context__))
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError("k")
def h():
    with CM():
        raise IndexError("i")
try:
    h()
except KeyError as k:
    print(repr(k.__context__), repr(k.__context__.__context__))
def outer():
    try:
        raise OSError("o")
    except OSError:
        inner()
def inner():
    raise RuntimeError("r")
try:
    outer()
except RuntimeError as r:
    print(repr(r.__context__))
try:
    raise KeyError("a")
except KeyError as a:
    try:
        try:
            raise ValueError("b")
        except ValueError as b:
            raise a
    except KeyError as again:
        print(again is a, repr(a.__context__), repr(a.__context__.__context__))
def f(e):
    raise e
old = None
try:
    raise TypeError("old")
except TypeError as t:
    old = t
try:
    raise IndexError("cur")
except IndexError:
    try:
        f(old)
    except TypeError as t2:
        print(repr(t2.__context__), len([1 for _ in range(3)]))


# raise e inside a handler replaces a context e already had; outside any handler it keeps it.
def make():
    try:
        raise LookupError("first")
    except LookupError:
        try:
            raise ArithmeticError("second")
        except ArithmeticError as inner:
            return inner


saved = make()
print("saved:", repr(saved.__context__))
try:
    raise saved
except ArithmeticError as e:
    print("outside handler:", repr(e.__context__))
try:
    raise KeyError("handler")
except KeyError:
    try:
        raise saved
    except ArithmeticError as e:
        print("inside handler:", repr(e.__context__))

# An error made by the runtime inside a handler chains to it, in the frame it happens in.
def div(a, b):
    return a / b


try:
    try:
        int("x")
    except ValueError:
        div(1, 0)
except ZeroDivisionError as z:
    print("runtime error:", repr(z.__context__))

# A context the program cut (__context__ = None, or raise ... from None) stays cut as it leaves frames.
def cut():
    try:
        raise OSError("low")
    except OSError:
        raise RuntimeError("high") from None


try:
    try:
        raise TypeError("outer")
    except TypeError:
        cut()
except RuntimeError as r:
    print("from None:", repr(r.__context__), r.__suppress_context__, repr(r.__cause__))

# A chain looped by hand does not hang the next raise.
a, b = ValueError("a"), ValueError("b")
a.__context__ = b
b.__context__ = a
try:
    try:
        raise a
    except ValueError:
        raise IndexError("new")
except IndexError as n:
    print("looped:", repr(n.__context__), repr(n.__context__.__context__))
