# sys.unraisablehook: errors in __del__ and in closing generators go to the hook; the hook
# receives an UnraisableHookArgs record; a failing hook is itself reported.
import sys

print(sys.unraisablehook is sys.__unraisablehook__)
print(sys.unraisablehook)

seen = []


def recording_hook(u):
    seen.append(u)
    print("hook got:", type(u).__name__, u.exc_type.__name__, repr(u.exc_value))
    print("   err_msg:", repr(u.err_msg), "| object type:", type(u.object).__name__)
    print("   has traceback:", u.exc_traceback is not None, "| len:", len(u))
    print("   tuple view:", u[0].__name__, type(u[1]).__name__, u[3])


sys.unraisablehook = recording_hook


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        raise RuntimeError(f"cannot release {self.name}")


r = Resource("db")
del r
print("after del of db")


def numbers():
    try:
        yield 1
        yield 2
    finally:
        raise KeyError("cleanup")


g = numbers()
print(next(g))
del g
print("after abandoning generator")


def consume():
    for n in numbers():
        print("consumed", n)
        break


consume()
print("after break out of loop")
print("reports:", len(seen), [u.exc_type.__name__ for u in seen])
print("object names:", [getattr(u.object, "__name__", None) for u in seen])


def failing_hook(u):
    print("failing hook called for", u.exc_type.__name__)
    raise ValueError("hook is broken")


sys.unraisablehook = failing_hook
r = Resource("cache")
del r
print("after failing hook")

sys.unraisablehook = sys.__unraisablehook__
print("restored:", sys.unraisablehook is sys.__unraisablehook__)
try:
    sys.unraisablehook(42)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.unraisablehook()
except TypeError as e:
    print("TypeError:", e)
