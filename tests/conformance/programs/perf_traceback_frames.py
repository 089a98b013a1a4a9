"""Exceptions crossing many plain Python frames: handlers, finally blocks and tracebacks."""
import sys


def level(n, fail_at):
    if n == fail_at:
        raise ValueError(f"failed at {n}")
    return level(n + 1, fail_at) + 1


def catch_at(n, fail_at, catch_level):
    try:
        if n == fail_at:
            raise KeyError(n)
        return catch_at(n + 1, fail_at, catch_level) * 2
    except KeyError as e:
        if n == catch_level:
            return -100
        raise


for fail in (0, 1, 5, 30):
    try:
        level(0, fail)
    except ValueError as e:
        tb = e.__traceback__
        frames = 0
        while tb is not None:
            frames += 1
            tb = tb.tb_next
        print(fail, e, "traceback entries:", frames)

print(catch_at(0, 10, 4))
print(catch_at(0, 10, 10))
try:
    catch_at(0, 10, 20)
except KeyError as e:
    print("escaped", repr(e))

log = []


def with_finally(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        return with_finally(n - 1)
    finally:
        log.append(n)


try:
    with_finally(6)
except RuntimeError as e:
    print(e, log)


def returns_in_finally(n):
    try:
        return helper(n)
    finally:
        log.append(("done", n))


def helper(n):
    if n % 2:
        raise ZeroDivisionError("odd")
    return n * 10


log.clear()
for n in range(4):
    try:
        print("ok", returns_in_finally(n))
    except ZeroDivisionError as e:
        print("err", e)
print(log)

# Exception context across frames.
def inner():
    raise TypeError("inner")


def middle():
    try:
        inner()
    except TypeError:
        raise ValueError("middle")


def outer():
    try:
        middle()
    except ValueError as e:
        return type(e.__context__).__name__, str(e.__context__)


print(outer())

# Frames seen from sys._getframe while calls are nested.
def names(n):
    if n == 0:
        f = sys._getframe()
        out = []
        while f is not None and len(out) < 5:
            out.append(f.f_code.co_name)
            f = f.f_back
        return out
    return names(n - 1)


print(names(3))


def a():
    return b()


def b():
    return c()


def c():
    return 1 / 0


a()
