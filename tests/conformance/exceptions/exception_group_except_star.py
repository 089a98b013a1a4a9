# try/except*: which part each clause sees, naked exceptions, re-raising, raising in
# handlers, nesting, else/finally, exc_info and the runtime errors.
import sys


def names(group):
    return [type(e).__name__ + ":" + str(e) for e in group.exceptions]


def outcome(run):
    try:
        run()
        print("  finished normally")
    except BaseException as e:
        print("  raised", repr(e))
        return e


print("-- clauses split what is left")


def clauses():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
    except* ValueError as e:
        print("  values", names(e), e.message)
    except* (TypeError, KeyError) as e:
        print("  type or key", names(e))
    except* Exception as e:
        print("  never: nothing is left", e)


outcome(clauses)


def unhandled():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        print("  handled the ValueError")


e = outcome(unhandled)
print("  rest is", names(e), e.message)


def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
    except* ValueError as e:
        print("  V", repr(e))
    except* TypeError as e:
        print("  T", repr(e))


outcome(nested_groups)


def whole_group():
    eg = ExceptionGroup("g", [ValueError(1)])
    try:
        raise eg
    except* Exception as e:
        print("  the group itself:", e is eg)


outcome(whole_group)

print("-- naked exceptions")


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  wrapped", repr(e), e.__traceback__)
        print("  exc_info", repr(sys.exc_info()[1]))
        print("  leaf has traceback", e.exceptions[0].__traceback__ is not None)


outcome(naked)


def naked_unmatched():
    try:
        raise ValueError("passes through")
    except* TypeError:
        print("  never")


outcome(naked_unmatched)


def naked_reraise():
    try:
        raise ValueError("again")
    except* ValueError:
        raise


outcome(naked_reraise)


def naked_raise_new():
    try:
        raise ValueError("first")
    except* ValueError:
        raise KeyError("new")


e = outcome(naked_raise_new)
print("  context", repr(e.__context__))


def naked_base():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as e:
        print("  ", repr(e))
        raise


outcome(naked_base)

print("-- raising in handlers")


def raise_in_handlers():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3), OSError(4)])
    except* ValueError:
        raise RuntimeError("new one")
    except* TypeError as t:
        raise t
    except* KeyError:
        raise


e = outcome(raise_in_handlers)
for x in e.exceptions:
    print("  ", repr(x), "context:", repr(x.__context__))
print("  ", e.__context__, e.__cause__)


def all_reraised():
    eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
    try:
        raise eg
    except* ValueError:
        raise
    except* TypeError:
        raise


e = outcome(all_reraised)


def one_new():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("only this")


outcome(one_new)


def raise_from():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        raise RuntimeError("wrapped") from v


e = outcome(raise_from)
print("  cause of first:", repr(e.exceptions[0].__cause__))

print("-- exc_info inside handlers")
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError:
    print("  in V:", repr(sys.exc_info()[1]))
except* TypeError:
    print("  in T:", repr(sys.exc_info()[1]))
print("  after:", sys.exc_info())

try:
    raise RuntimeError("outer")
except RuntimeError:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as v:
        print("  context of the group:", repr(v.__context__))
    print("  restored:", repr(sys.exc_info()[1]))

print("-- nesting")
try:
    raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
except* ValueError:
    try:
        raise ExceptionGroup("inner", [KeyError(3), OSError(4)])
    except* KeyError as k:
        print("  inner handled", repr(k), repr(sys.exc_info()[1]))
    except* OSError as o:
        print("  inner context", repr(o.__context__))
    print("  back in outer:", repr(sys.exc_info()[1]))
except* TypeError as t:
    print("  type part", repr(t))

print("-- else, finally, names")


def else_finally(exc):
    try:
        if exc:
            raise exc
    except* ValueError:
        print("  handler")
    else:
        print("  else")
    finally:
        print("  finally")


outcome(lambda: else_finally(None))
outcome(lambda: else_finally(ExceptionGroup("g", [ValueError()])))
outcome(lambda: else_finally(ExceptionGroup("g", [ValueError(), TypeError()])))


def swallow():
    try:
        raise ExceptionGroup("g", [TypeError(2)])
    except* ValueError:
        pass
    finally:
        return "finally returned"


print(" ", swallow())


def name_unbound():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        pass
    return "e" in dir()


print("  e still bound:", name_unbound())


def loops():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            for j in range(3):
                if j == 1:
                    break
                out.append((i, j))
    return out


print(" ", loops())


def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        yield repr(e)
    except* KeyError as e:
        yield repr(e)
    yield "done"


print(" ", list(gen()))

print("-- errors from the clauses")


def star_group():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass


e = outcome(star_group)
print("  context:", repr(e.__context__))


def star_group_tuple():
    try:
        raise ValueError(1)
    except* (KeyError, BaseExceptionGroup):
        pass


outcome(star_group_tuple)


def star_not_exception():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* int:
        pass


outcome(star_not_exception)


def type_expr_raises():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* {}["missing"]:
        pass


e = outcome(type_expr_raises)
print("  context:", repr(e.__context__))

print("-- subclasses")


class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "+", excs)


def custom():
    try:
        raise MyEG("mine", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  ", type(e).__name__, repr(e))


e = outcome(custom)
print("  rest type:", type(e).__name__)
