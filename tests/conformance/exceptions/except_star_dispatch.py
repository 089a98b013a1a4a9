# except* over ExceptionGroups: matching by type and tuple, unhandled rests, naked exceptions
# wrapped, constructor checks, split/subgroup on nested groups, derive() of a subclass,
# raising and re-raising inside except*, notes.
def run(excs):
    try:
        raise ExceptionGroup("batch", excs)
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions], eg.message)
    except* (TypeError, KeyError) as eg:
        print("type/key:", [repr(e) for e in eg.exceptions])
run([ValueError("a"), TypeError("b"), KeyError("c"), ValueError("d")])
try:
    run([OSError("x")])
except ExceptionGroup as eg:
    print("unhandled:", repr(eg), eg.exceptions)
try:
    try:
        raise ValueError("plain")
    except* ValueError as eg:
        print("wrapped:", repr(eg), type(eg).__name__)
except Exception as e:
    print("?", e)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print(e)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as e:
    print(e)
try:
    ExceptionGroup("x", ValueError())
except TypeError as e:
    print(e)
eg = ExceptionGroup("x", [KeyboardInterrupt()]) if False else None
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, repr(beg))
beg2 = BaseExceptionGroup("b", [ValueError()])
print(type(beg2).__name__)
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(TypeError))
print(eg.subgroup(OSError))
print(str(eg), eg.args)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
m = MyEG("mine", [ValueError(1), TypeError(2)])
a, b = m.split(ValueError)
print(type(a).__name__, type(b).__name__, repr(a))
try:
    raise m
except* TypeError as x:
    print("mine type:", type(x).__name__, repr(x))
except* ValueError as x:
    print("mine value:", type(x).__name__, repr(x))
def raiser():
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise KeyError("replaced")
try:
    raiser()
except ExceptionGroup as e:
    print("raised in except*:", repr(e), repr(e.exceptions[0].__context__))
except KeyError as e:
    print("bare key", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised:", repr(e))
try:
    raise ExceptionGroup("g", [ValueError("v")])
except* ValueError as e:
    e2 = e
print(repr(e2), e2.__traceback__ is not None)
try:
    pass
except* ValueError:
    pass
else:
    print("else ran")
finally:
    print("finally ran")
eg = ExceptionGroup("n", [ValueError("a")])
eg.add_note("note1")
print(eg.__notes__)
try:
    eg.add_note(5)
except TypeError as e:
    print(e)
print(ExceptionGroup("m", [ValueError()]).exceptions)
print(ExceptionGroup.__mro__)
