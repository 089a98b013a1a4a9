class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class RangeError(ValidationError):
    def __init__(self, field, lo, hi, value):
        super().__init__(field, f"{value} not in [{lo}, {hi}]")
        self.value = value
class Empty(Exception):
    pass
class WithStr(Exception):
    def __str__(self): return "custom str"
def validate(rec):
    if not rec.get("name"):
        raise ValidationError("name", "required")
    if not 0 <= rec.get("age", 0) <= 150:
        raise RangeError("age", 0, 150, rec["age"])
    return "ok"
for rec in [{"name": "a", "age": 3}, {"age": 3}, {"name": "b", "age": 200}]:
    try:
        print(validate(rec))
    except RangeError as e:
        print("range:", e, e.field, e.value, e.args)
    except ValidationError as e:
        print("validation:", e, e.field, e.args)
for e in [Empty(), Empty("x"), Empty("x", 2), WithStr("ignored"), ValueError(), KeyError("k"), KeyError("a", "b")]:
    print(repr(e), "|", str(e), "|", e.args)
print(isinstance(RangeError("f", 0, 1, 2), Exception), RangeError.__mro__[1].__name__)
