import json
from collections import OrderedDict
from datetime import date, datetime

raw = '''
{
  "company": "Acme \\u00e9t\\u00e9",
  "founded": 1999,
  "employees": [
    {"id": 1, "name": "Zoë", "salary": 72000.5, "skills": ["py", "sql"], "manager": null, "active": true},
    {"id": 2, "name": "Ahmed", "salary": 68000, "skills": [], "manager": 1, "active": false},
    {"id": 3, "name": "李", "salary": 1e5, "skills": ["go"], "manager": 1, "active": true}
  ],
  "ratio": 0.1, "big": 12345678901234567890, "neg": -0.0, "exp": 1.5E-7
}
'''
data = json.loads(raw)
print(data["company"], type(data["big"]), data["neg"], data["exp"], data["employees"][2]["salary"])
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False, indent=4, sort_keys=True))
print(json.dumps(data["employees"][0], indent="\t"))
print(json.dumps([1, [2, [3, {}]], [], {"a": []}], indent=2))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ": ")))
print(json.dumps(float("inf")), json.dumps([float("nan"), -float("inf")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
def default(o):
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(repr(o))
print(json.dumps({"d": date(2024, 5, 6), "s": {3, 1, 2}, "t": (1, 2)}, default=default))
ordered = json.loads('{"z": 1, "a": 2, "m": 3}', object_pairs_hook=OrderedDict)
print(ordered, list(ordered))
print(json.loads('[1.0, 2, "3"]', parse_float=str, parse_int=float))
print(json.loads('{"a": {"b": [1, {"c": null}]}}', object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', 'nul', '"abc', '', '[1] x', "{'a': 1}", '01']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:>12}: {e.msg} | line {e.lineno} col {e.colno} pos {e.pos} | {e}")
enc = json.JSONEncoder(indent=1, sort_keys=True)
print(enc.encode({"x": [1, 2], "a": "é"}))
print(list(enc.iterencode([1, "a"])))
class Money:
    def __init__(self, c): self.c = c
class MyEnc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return f"${o.c / 100:.2f}"
        return super().default(o)
print(json.dumps({"price": Money(1999), "list": [Money(5)]}, cls=MyEnc))
try:
    json.dumps({"m": Money(1)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
print(json.dumps("\u2603 \n \t \x01 \\ \" /"), json.dumps("\U0001F600"))
s = json.dumps(data)
assert json.loads(s) == data
print(len(s), json.loads("  [ ]  "), json.loads('"\\ud83d\\ude00"'))
d = json.JSONDecoder()
print(d.raw_decode('{"a": 1} trailing'))
