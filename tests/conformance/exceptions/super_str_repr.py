"""Exception subclasses building on BaseException.__str__/__repr__ through super()."""


class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation error(s)")

    def __str__(self):
        return super().__str__() + ": " + "; ".join(self.errors)


class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status

    def __repr__(self):
        return "<" + super().__repr__() + ">"

    def __str__(self):
        base = super().__str__()
        return f"HTTP {self.status} {base}"


class MissingKey(KeyError):
    def __str__(self):
        return "missing " + super().__str__()


def validate(record):
    errors = []
    if not record.get("name"):
        errors.append("name required")
    if not isinstance(record.get("age"), int):
        errors.append("age must be an int")
    if errors:
        raise ValidationError(errors)
    return record


for record in [{"name": "ann", "age": 3}, {"age": "x"}, {}]:
    try:
        print("valid:", validate(record))
    except ValidationError as e:
        print(f"{e} | {e!r} | {e.args}")

e = HttpError(404, "Not Found")
print(str(e), "|", repr(e), "|", [e])
print(str(MissingKey("user")), "|", repr(MissingKey("user")))
print(Exception.__str__(ValueError("plain")), BaseException.__repr__(KeyError("k")))
print(repr(Exception.__str__(Exception())), Exception.__repr__(Exception(1, 2)))

try:
    Exception.__str__("not an exception")
except TypeError as err:
    print("TypeError:", err)

raise ValidationError(["email invalid"])
