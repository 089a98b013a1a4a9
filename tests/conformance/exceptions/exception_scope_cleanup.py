def f():
    e = "outer value"
    try:
        raise ValueError("inner")
    except ValueError as e:
        print("in handler:", e)
    try:
        return e
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(f())
saved = None
try:
    1 / 0
except ZeroDivisionError as err:
    saved = err
print(type(saved).__name__, saved, saved.__traceback__ is not None)
import sys
try:
    raise KeyError("x")
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev), tb is not None)
print(sys.exc_info())
try:
    try:
        raise ValueError("a")
    except ValueError:
        print("inner exc_info:", sys.exc_info()[0].__name__)
        raise TypeError("b")
except TypeError:
    print("outer exc_info:", sys.exc_info()[0].__name__, repr(sys.exc_info()[1].__context__))
