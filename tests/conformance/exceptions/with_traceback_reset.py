# with_traceback() and assigning __traceback__ replace an exception's traceback.
import sys


def a():
    return b()


def b():
    return c()


def c():
    return [1][2]


def depth(tb):
    n = 0
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
        n += 1
    return n, names


try:
    a()
except IndexError as e:
    print("caught:", depth(e.__traceback__))
    saved = e.__traceback__
    e2 = e.with_traceback(None)
    print("same object:", e2 is e)
    print("after reset:", e.__traceback__)
    e.__traceback__ = saved
    print("restored:", depth(e.__traceback__))
    e.__traceback__ = None
    print("cleared:", e.__traceback__)
    try:
        e.__traceback__ = 5
    except TypeError as t:
        print("TypeError:", t)
    try:
        e.with_traceback("x")
    except TypeError as t:
        print("TypeError:", t)
    try:
        e.with_traceback()
    except TypeError as t:
        print("TypeError:", t)

# Re-raising with a fresh traceback: only the new frames appear.
def reraise_fresh():
    try:
        a()
    except IndexError as e:
        raise e.with_traceback(None)


try:
    reraise_fresh()
except IndexError as e:
    print("fresh:", depth(e.__traceback__))

# Re-raising a new exception with a saved traceback continues it.
def keep_tb():
    try:
        a()
    except IndexError:
        tb = sys.exc_info()[2]
        raise ValueError("converted").with_traceback(tb)


try:
    keep_tb()
except ValueError as e:
    n, names = depth(e.__traceback__)
    print("kept:", n, names)

# Uncaught: the traceback shows only the frames after the reset.
try:
    a()
except IndexError as e:
    err = e
raise err.with_traceback(None)
