import json, csv, io
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple
orders = [{"id": 1, "qty": 2}, {"id": 2}, {"id": 3, "qty": "x"}]
def total(o):
    return o["qty"] * 10
for o in orders:
    try:
        print(total(o) + 1)
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
    except TypeError as e:
        print("TypeError", e)
d = {"a": 1}
for f in (lambda: d["zz"], lambda: [1][5], lambda: (1,)[-3], lambda: "ab"[9], lambda: {}.pop("k"),
          lambda: OrderedDict().popitem(), lambda: deque().popleft(), lambda: [].pop(), lambda: set().pop(),
          lambda: dict.fromkeys("a").popitem() and {}.popitem(), lambda: Counter(a=1)["b"] + None,
          lambda: int("3.0"), lambda: float("1,5"), lambda: json.loads("{bad}"), lambda: [1, 2].index(3),
          lambda: "x".index("y"), lambda: sorted([1, "a"]), lambda: max([]), lambda: min([], default=None) or 1 / 0,
          lambda: next(iter([])), lambda: namedtuple("T", "a b")(1), lambda: divmod(1, 0), lambda: 10 % 0,
          lambda: {}.setdefault([], 1), lambda: {[1]: 2}, lambda: frozenset([[1]]), lambda: "a" + 1, lambda: 1 + "a",
          lambda: [] + (), lambda: None.x, lambda: (1).foo, lambda: list(1), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]),
          lambda: "abc".split(""), lambda: "{0}{1}".format(1), lambda: "a".join([1]), lambda: "x" * "y", lambda: round("1"),
          lambda: csv.writer(io.StringIO()).writerow(5), lambda: json.dumps(object()), lambda: sum(["a", "b"]),
          lambda: sum([[1]], start=0), lambda: "abc".encode("nope"), lambda: b"\xff".decode("utf-8"), lambda: chr(-1),
          lambda: int("9" * 5000), lambda: [1, 2, 3][1:2:0], lambda: defaultdict(int, x=1)["x"].bit_length() / 0):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    raise ValueError("outer") from KeyError("inner")
except ValueError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__)
class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
errs = []
for rec in [{"age": -1}, {"age": 30, "email": "no-at"}, {"age": 5, "email": "a@b"}]:
    try:
        if rec["age"] < 0:
            raise ValidationError("age", "must be >= 0")
        if "@" not in rec.get("email", ""):
            raise ValidationError("email", f"invalid {rec.get('email')!r}")
        print("valid", rec)
    except ValidationError as e:
        errs.append(e)
print([str(e) for e in errs], [e.field for e in errs])
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("lookup failed")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
data = json.loads('{"rows": [1, 2, "three"]}')
print(sum(x for x in data["rows"] if isinstance(x, int)))
total = sum(data["rows"])
