# Building BaseExceptionGroup / ExceptionGroup: the rules, the errors, str/repr and attributes.


def attempt(label, make):
    try:
        r = make()
        print(label, "->", type(r).__name__, repr(r))
    except BaseException as e:
        print(label, "!!", type(e).__name__ + ":", e)


print("-- class relations")
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup.__name__, ExceptionGroup.__qualname__, ExceptionGroup.__module__)

print("-- which class comes out")
attempt("base of Exceptions", lambda: BaseExceptionGroup("a", [ValueError(1)]))
attempt("base of BaseException", lambda: BaseExceptionGroup("a", [KeyboardInterrupt()]))
attempt("base mixed", lambda: BaseExceptionGroup("a", [ValueError(1), SystemExit(2)]))
attempt("eg of Exceptions", lambda: ExceptionGroup("a", [ValueError(1), TypeError("t")]))
attempt("eg of BaseException", lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
attempt("tuple kept in args", lambda: ExceptionGroup("a", (ValueError(1),)))
attempt("nested", lambda: ExceptionGroup("o", [ExceptionGroup("i", [KeyError("k")])]))
attempt("range", lambda: ExceptionGroup("r", range(2)))

print("-- argument errors")
attempt("no args", lambda: BaseExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("a"))
attempt("three args", lambda: ExceptionGroup("a", [ValueError()], 3))
attempt("int message", lambda: ExceptionGroup(1, [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("a", 5))
attempt("a set", lambda: ExceptionGroup("a", {ValueError()}))
attempt("None", lambda: ExceptionGroup("a", None))
attempt("empty", lambda: ExceptionGroup("a", []))
attempt("item 0", lambda: ExceptionGroup("a", [1]))
attempt("item 1", lambda: ExceptionGroup("a", [ValueError(), "x"]))
attempt("a class, not an instance", lambda: ExceptionGroup("a", [ValueError]))
attempt("a string", lambda: ExceptionGroup("a", "xy"))
attempt("keywords", lambda: ExceptionGroup("a", [ValueError()], x=1))
attempt("only keywords", lambda: ExceptionGroup(message="a", exceptions=[ValueError()]))
attempt("raise the class", lambda: ExceptionGroup.__new__(ExceptionGroup))

print("-- str and repr")
eg = ExceptionGroup("several", [ValueError(1), TypeError("t"), KeyError("k")])
print(str(eg))
print(repr(eg))
print(str(ExceptionGroup("one", [ValueError()])))
print(repr(str(ExceptionGroup("", [ValueError()]))))
print(f"{eg}")
print(f"{eg!r}")

print("-- message, exceptions, args")
items = [ValueError(1)]
eg = ExceptionGroup("m", items)
print(eg.message, eg.exceptions, eg.args)
print(eg.args[1] is items, type(eg.exceptions).__name__, eg.exceptions is eg.exceptions)
items.append(TypeError(2))
print(eg.exceptions, eg.args, eg)
eg.args = ("rebound",)
print(eg, repr(eg), eg.message)
for name in ("message", "exceptions"):
    try:
        setattr(eg, name, "x")
    except AttributeError as e:
        print("set", name, "->", e)
    try:
        delattr(eg, name)
    except AttributeError as e:
        print("del", name, "->", e)

print("-- BaseException behaviour")
eg = ExceptionGroup("notes", [ValueError()])
eg.add_note("first")
eg.add_note("second")
print(eg.__notes__, eg.__cause__, eg.__context__, eg.__suppress_context__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
attempt("bad note", lambda: eg.add_note(5))


print("-- subclasses")


class Plain(ExceptionGroup):
    pass


class PlainBase(BaseExceptionGroup):
    pass


class WithNew(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)


class WithInit(ExceptionGroup):
    def __init__(self, message, excs):
        super().__init__(message.upper(), excs)
        self.extra = "set in __init__"


attempt("Plain", lambda: Plain("p", [ValueError()]))
attempt("Plain of BaseException", lambda: Plain("p", [KeyboardInterrupt()]))
attempt("PlainBase of Exceptions", lambda: PlainBase("p", [ValueError()]))
attempt("PlainBase of BaseException", lambda: PlainBase("p", [KeyboardInterrupt()]))
w = WithNew("w", [ValueError()], code=7)
print(repr(w), w.code, w.args, w.message)
i = WithInit("low", [ValueError()])
print(repr(i), i.message, str(i), i.extra)
print(Plain.__mro__)
attempt("init again", lambda: (eg.__init__("x", [KeyError()]), eg.args, eg.message)[1:])
attempt("init keywords", lambda: eg.__init__("x", y=1))
