# Validating records with a custom exception hierarchy: multiple inheritance from ValueError,
# errors collected into an ExceptionGroup and sorted out with except*, split and subgroup, and
# the TypeErrors of exception constructors called with the wrong arguments.
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")

class BadType(ValidationError):
    pass

class RangeError(ValidationError, ValueError):
    pass

def validate(rec):
    errors = []
    for f in ("name", "age", "email"):
        if f not in rec:
            errors.append(MissingField(f))
    if "age" in rec:
        try:
            age = int(rec["age"])
        except ValueError as e:
            errors.append(BadType("age", str(e)))
        else:
            if not 0 <= age < 150:
                errors.append(RangeError("age", f"{age} out of range"))
    if "email" in rec and "@" not in rec["email"]:
        errors.append(ValidationError("email", "missing @"))
    if errors:
        raise ExceptionGroup("invalid record", errors)
    return rec

records = [
    {"name": "a", "age": "12", "email": "a@b"},
    {"name": "b", "age": "x12", "email": "ab"},
    {"age": "200"},
    {"name": "c", "age": "3.5", "email": "c@d"},
    {"name": "d", "age": "", "email": "@"},
]
for r in records:
    try:
        validate(r)
        print("ok", r)
    except* MissingField as g:
        print("missing:", [e.field for e in g.exceptions])
    except* RangeError as g:
        print("range:", [str(e) for e in g.exceptions], repr(g))
    except* ValidationError as g:
        print("other:", [(type(e).__name__, e.args) for e in g.exceptions])

try:
    validate({})
except ExceptionGroup as eg:
    print(eg, len(eg.exceptions))
    m, rest = eg.split(MissingField)
    print(m, rest)
    print(eg.subgroup(lambda e: getattr(e, "field", None) == "age"))
    print(repr(eg.exceptions[0]))
print(RangeError.__mro__)
e = RangeError("f", "m")
print(isinstance(e, ValueError), e.args, str(e), repr(e))
try:
    raise BadType("x", "y") from KeyError("k")
except ValidationError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__context__)
try:
    MissingField()
except TypeError as e:
    print(e)
try:
    MissingField("a", "b")
except TypeError as e:
    print(e)
try:
    ValidationError(field="x")
except TypeError as e:
    print(e)
