# Encoding records with the options and types real scripts pass to json.dumps.
import io
import json
from collections import Counter, OrderedDict, defaultdict, namedtuple
from decimal import Decimal
from enum import Enum, IntEnum


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Status(Enum):
    ACTIVE = "active"


class Tag(str):
    pass


class Score(float):
    def __repr__(self):
        return "Score(...)"


class Count(int):
    def __repr__(self):
        return "Count(...)"


class Row(list):
    pass


class Fixed(dict):
    def items(self):
        return [("fixed", True)]


Point = namedtuple("Point", "x y")

record = {
    "ordered": OrderedDict([("b", 1), ("a", 2)]),
    "defaults": defaultdict(int, {"k": 3}),
    "counts": Counter("abracadabra"),
    "level": Level.HIGH,
    "tag": Tag("python"),
    "score": Score(9.5),
    "count": Count(7),
    "row": Row([1, 2]),
    "fixed": Fixed(ignored=0),
    "point": Point(3, 4),
    Level.LOW: "int-enum key",
    Count(3): "int-subclass key",
    2.5: "float key",
    True: "bool key",
    None: "none key",
}
print(json.dumps(record))
print(json.dumps(record, indent=3, separators=(",", " = ")))
print(json.dumps([1, [2, [3, {}]], []], indent=0))
print(json.dumps({"a": [1, 2], "b": {"c": None}}, indent="--"))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": [{"q": 0, "p": 1}]}}, sort_keys=True, indent=2))
print(json.dumps({"b": 1, (1, 2): "dropped", "a": 3}, skipkeys=True))
print(json.dumps({(1,): 2}, skipkeys=True, indent=2))

# Scalars and float text exactly as repr() gives them.
print(json.dumps("plain"), json.dumps(None), json.dumps(3), json.dumps(-5), json.dumps(10**25))
print(json.dumps([1e100, 1 / 3, 0.1 + 0.2, -0.0, 1e16, 1.5e-7, 123456789.0, float("nan"),
                  float("inf"), -float("inf")]))

# Text: escapes, ensure_ascii on and off.
text = "quote\" back\\ slash/ nl\n tab\t nul\x00 us\x1f del\x7f é 中 😀 \u2028"
print(json.dumps(text))
print(json.dumps(text, ensure_ascii=False))
print(json.dumps({"clé": "valeur"}), json.dumps({"clé": "valeur"}, ensure_ascii=False))


# default= and JSONEncoder subclasses.
def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, Enum):
        return o.value
    raise TypeError(f"cannot encode {type(o).__name__}")


print(json.dumps({"set": {3, 1, 2}, "price": Decimal("1.10"), "status": Status.ACTIVE},
                 default=default))


class ComplexEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps([1j, 2 + 3j], cls=ComplexEncoder))
print(ComplexEncoder(indent=1, sort_keys=True).encode({"z": 1j, "a": [2j]}))


class UpperEncoder(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()


print(UpperEncoder().encode({"a": "b", "list": [True, None]}))

shared = [1]
print(json.dumps((shared, shared)))
print(json.dumps({1: "int", "1": "str"}))

buf = io.StringIO()
json.dump({"x": [1, 2], "y": "z"}, buf, indent=2)
print(buf.getvalue())
enc = json.JSONEncoder(sort_keys=True, indent=2)
print(enc.encode({"b": [], "a": {}}), repr(enc.item_separator), repr(enc.key_separator))
docs = [{"id": i, "name": "user%d" % i, "tags": ["x", str(i)], "score": i * 0.5, "ok": i % 2 == 0}
        for i in range(200)]
s = json.dumps(docs)
print(len(s), json.loads(s) == docs, s[:80])
