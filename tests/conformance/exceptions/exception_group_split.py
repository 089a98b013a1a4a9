# split, subgroup and derive: matching by type, tuple and predicate, nesting, metadata.


def show(x):
    return "None" if x is None else repr(x)


def attempt(label, make):
    try:
        r = make()
        if isinstance(r, tuple):
            print(label, "->", show(r[0]), "|", show(r[1]))
        else:
            print(label, "->", show(r))
    except BaseException as e:
        print(label, "!!", type(e).__name__ + ":", e)


v1, t2, v3, k4 = ValueError(1), TypeError(2), ValueError(3), KeyError("k")
inner = ExceptionGroup("inner", [v3, k4])
eg = ExceptionGroup("outer", [v1, t2, inner])

print("-- split")
attempt("ValueError", lambda: eg.split(ValueError))
attempt("tuple", lambda: eg.split((ValueError, KeyError)))
attempt("TypeError", lambda: eg.split(TypeError))
attempt("nothing", lambda: eg.split(OSError))
attempt("everything", lambda: eg.split(Exception))
attempt("the group type", lambda: eg.split(ExceptionGroup))
attempt("LookupError", lambda: eg.split(LookupError))
attempt("predicate", lambda: eg.split(lambda e: isinstance(e, ValueError)))
attempt("predicate true", lambda: eg.split(lambda e: True))
attempt("predicate falsy", lambda: eg.split(lambda e: 0))

print("-- subgroup")
attempt("ValueError", lambda: eg.subgroup(ValueError))
attempt("nothing", lambda: eg.subgroup(OSError))
attempt("KeyError", lambda: eg.subgroup(KeyError))
print(eg.subgroup(BaseException) is eg, eg.split(BaseException)[0] is eg)
print(eg.subgroup(lambda e: e is eg) is eg)

print("-- leaves are shared, groups rebuilt")
m, r = eg.split(ValueError)
print(m.exceptions[0] is v1, m.exceptions[1].exceptions[0] is v3, m is eg, m.exceptions[1] is inner)
print(type(m).__name__, type(m.exceptions[1]).__name__, m.message, m.exceptions[1].message)

print("-- bad conditions")
attempt("int", lambda: eg.split(5))
attempt("tuple with int", lambda: eg.split((ValueError, 5)))
attempt("list", lambda: eg.split([ValueError]))
attempt("not an exception class", lambda: eg.split(int))
attempt("string", lambda: eg.split("ValueError"))
attempt("no argument", lambda: eg.split())
attempt("two arguments", lambda: eg.split(ValueError, TypeError))
attempt("keyword", lambda: eg.split(cond=ValueError))
attempt("subgroup no argument", lambda: eg.subgroup())
attempt("unbound on int", lambda: ExceptionGroup.split(5, ValueError))


def boom(e):
    raise RuntimeError("predicate failed")


attempt("predicate raises", lambda: eg.subgroup(boom))

print("-- predicate call order")
calls = []


def record(e):
    calls.append(type(e).__name__ + ":" + str(e))
    return isinstance(e, TypeError)


attempt("record", lambda: eg.subgroup(record))
for c in calls:
    print("  called on", c)

print("-- derive")
attempt("derive", lambda: eg.derive([KeyError(9)]))
attempt("derive base", lambda: eg.derive([KeyboardInterrupt()]))
attempt("derive empty", lambda: eg.derive([]))
attempt("derive no arg", lambda: eg.derive())
attempt("derive keyword", lambda: eg.derive(excs=[ValueError()]))
eg.add_note("not copied by derive")
d = eg.derive([ValueError()])
print(hasattr(d, "__notes__"), d.__traceback__, d.__cause__)

print("-- metadata on the parts")
try:
    try:
        raise KeyError("the context")
    except KeyError:
        raise ExceptionGroup("m", [ValueError(1), TypeError(2)]) from OSError("the cause")
except ExceptionGroup as e:
    g = e
g.add_note("note one")
m, r = g.split(ValueError)
print(m.__cause__ is g.__cause__, m.__context__ is g.__context__)
print(m.__suppress_context__, r.__suppress_context__)
print(m.__notes__, r.__notes__, m.__notes__ is g.__notes__, m.__notes__ is r.__notes__)
print(m.__traceback__ is not None, m.__traceback__.tb_lineno == g.__traceback__.tb_lineno)
m.add_note("only on m")
print(g.__notes__, m.__notes__, r.__notes__)

plain = ExceptionGroup("x", [ValueError(), TypeError()])
plain.__context__ = KeyError("ctx")
m, r = plain.split(ValueError)
print(m.__suppress_context__, repr(m.__context__), m.__cause__, m.__traceback__)
plain.__notes__ = ("tuple", "notes")
print(plain.split(ValueError)[0].__notes__)
plain.__notes__ = 42
print(hasattr(plain.split(ValueError)[0], "__notes__"))

print("-- custom derive")


class MyEG(ExceptionGroup):
    def derive(self, excs):
        print("  derive", self.message, excs)
        return MyEG(self.message + "!", excs)


me = MyEG("my", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3), TypeError(4)])])
attempt("split", lambda: me.split(ValueError))
attempt("subgroup", lambda: me.subgroup(TypeError))


class Plain(ExceptionGroup):
    pass


p = Plain("plain", [ValueError(1), TypeError(2)])
attempt("plain subclass split", lambda: p.split(ValueError))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return "not a group"


attempt("bad derive", lambda: BadDerive("b", [ValueError(), TypeError()]).split(ValueError))
attempt("bad derive unused", lambda: BadDerive("b", [ValueError()]).split(ValueError))

print("-- deep nesting")


def build(n):
    if n == 0:
        return ValueError(0)
    return ExceptionGroup("level %d" % n, [build(n - 1), TypeError(n)])


deep = build(25)
m, r = deep.split(ValueError)
depth, x = 0, m
while isinstance(x, ExceptionGroup):
    x, depth = x.exceptions[0], depth + 1
print(depth, repr(x), len(r.exceptions), repr(r.exceptions[1]))

print("-- too deep to split")
g = ValueError("leaf")
for i in range(5000):
    g = ExceptionGroup("x", [g])
attempt("split", lambda: g.split(TypeError))
attempt("subgroup", lambda: g.subgroup(lambda e: False))
attempt("whole match needs no recursion", lambda: g.subgroup(ExceptionGroup) is g)
