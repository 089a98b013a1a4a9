# A generator suspended inside an `except` block keeps its exception to itself: the caller's
# sys.exc_info() and implicit exception context do not see it, and it is current again when
# the generator resumes (so a bare `raise` there re-raises the right exception).
import sys


def in_handler(tag):
    try:
        raise KeyError(tag)
    except KeyError:
        yield f"{tag} suspended"
        print("resumed", tag, repr(sys.exc_info()[1]))
        yield f"{tag} again"
        raise


a = in_handler("a")
print(next(a))
print("caller sees", sys.exc_info())
try:
    raise ValueError("caller")
except ValueError as e:
    print("context of caller's exception:", repr(e.__context__))

b = in_handler("b")
print(next(b))
print(next(a))
print(next(b))
for g in (a, b):
    try:
        next(g)
    except KeyError as e:
        print("re-raised", repr(e))
print("after", sys.exc_info())


def raiser():
    yield 1
    raise IndexError("from generator")


r = raiser()
next(r)
try:
    raise ValueError("outer")
except ValueError:
    try:
        next(r)
    except IndexError as e:
        print("context:", repr(e.__context__))


def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", repr(e), "current:", repr(sys.exc_info()[1]))


c = catcher()
next(c)
c.throw(TypeError("t1"))
try:
    raise RuntimeError("handling")
except RuntimeError:
    c.throw(TypeError("t2"))
    print("still handling", repr(sys.exc_info()[1]))
c.close()


def never_started():
    try:
        yield 1
    finally:
        print("finally must not run")


ns = never_started()
try:
    ns.throw(ValueError("early"))
except ValueError as e:
    print("thrown before start:", repr(e))
print(next(ns, "exhausted"))
