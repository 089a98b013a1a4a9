class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field

def validate(rec):
    errors = []
    if not rec.get("name"):
        errors.append(ValidationError("name", "required"))
    if not isinstance(rec.get("age"), int):
        errors.append(TypeError("age must be int"))
    elif rec["age"] < 0:
        errors.append(ValueError("age negative"))
    if errors:
        raise ExceptionGroup(f"invalid record {rec}", errors)
    return rec

for rec in [{"name": "a", "age": 3}, {"age": -1}, {"name": "b", "age": "x"}, {}]:
    try:
        validate(rec)
        print("ok", rec)
    except* ValidationError as eg:
        print("validation:", [str(e) for e in eg.exceptions])
    except* (TypeError, ValueError) as eg:
        print("type/value:", repr(eg))

eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ValueError(3)]), KeyError(4)])
print(eg, repr(eg))
match, rest = eg.split(ValueError)
print("match:", repr(match))
print("rest:", repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(eg.subgroup(OSError))
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise eg
    except* ValueError as g:
        print("handled values", len(g.exceptions))
except* TypeError as g:
    print("outer got", repr(g))
except* KeyError as g:
    print("outer key", repr(g))
try:
    raise ValueError("plain")
except* ValueError as g:
    print("wrapped plain:", repr(g))
def f():
    try:
        raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise KeyError("from handler")
try:
    f()
except BaseException as e:
    print(type(e).__name__, repr(e))
    print([repr(x) for x in e.exceptions])
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
m = MyEG("mine", [ValueError(1), TypeError(2)])
a, b = m.split(ValueError)
print(repr(a), repr(b), type(a).__name__)
print(eg.exceptions[1].message, eg.message, eg.args)
raise ExceptionGroup("final", [ValueError("v"), TypeError("t")])
