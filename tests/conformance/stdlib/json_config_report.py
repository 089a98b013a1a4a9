"""json in a config-and-report script: dumps options (indent, sort_keys, separators, default,
ensure_ascii, allow_nan), loads hooks, and the exact error messages with positions."""
import json
from decimal import Decimal
from fractions import Fraction

config = {
    "name": "pipeline",
    "version": 3,
    "ratio": 0.1 + 0.2,
    "enabled": True,
    "missing": None,
    "tags": ["etl", "nightly", "é"],
    "limits": {"cpu": 2.5, "mem": 1 << 33, "nested": {"deep": [1, [2, [3, {}]]]}},
    "empty": [],
    7: "int key",
    2.5: "float key",
    False: "bool key",
    None: "none key",
}
print(json.dumps(config))
print(json.dumps(config, indent=2, sort_keys=False))
print(json.dumps({"b": 1, "a": [1, 2], "c": {"z": 0, "y": []}}, indent=4, sort_keys=True))
print(json.dumps([1, {"a": 2}], separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, indent="\t"))
print(json.dumps({"a": [1, 2]}, indent=0))
print(json.dumps("snow ☃ and \x01 \u2028", ensure_ascii=False))
print(json.dumps("snow ☃ and \x01 \U0001f600"))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
try:
    json.dumps({"when": {1, 2}})
except TypeError as e:
    print("TypeError:", e)


def default(o):
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, Fraction):
        return {"num": o.numerator, "den": o.denominator}
    raise TypeError(f"cannot serialise {type(o).__name__}")


print(json.dumps({"s": {3, 1, 2}, "d": Decimal("1.10"), "f": Fraction(3, 4)}, default=default))
try:
    json.dumps({"x": object()}, default=default)
except TypeError as e:
    print("TypeError:", e)

circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError:", e)


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({"z": 1 + 2j}, cls=Encoder, indent=1))
print(list(Encoder(indent=None).iterencode({"a": [1, 2.0, None]})))

doc = '{"price": 10.25, "qty": 3, "items": [{"id": 1, "w": 0.5}, {"id": 2, "w": 1e-3}], "big": 12345678901234567890}'
print(json.loads(doc))
print(json.loads(doc, parse_float=Decimal))
print(json.loads(doc, parse_int=float)["qty"])
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda pairs: [k for k, _ in pairs]))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('[NaN]', parse_constant=lambda s: "const:" + s))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n"'))
print(json.loads(b'{"bytes": true}'))
print(json.loads('  {"dup": 1, "dup": 2}  '))

bad_docs = [
    '{"a": }', '[1, 2', '{"a" 1}', "{'a': 1}", '[1,]', '{"a": 1,}', '', '   ', 'nul',
    '"unterminated', '"bad \\x escape"', '[1] extra', '{"a": 1}{', '01', '1.', '-',
    '"ctrl \x01 char"', '\ufeff[1]', '[\n  1,\n  2\n  3\n]', '{"a":\n\n  tru}', '[1e]',
]
for text in bad_docs:
    try:
        print(repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print(f"{text!r:24} {e.msg!r} line={e.lineno} col={e.colno} pos={e.pos} | {e}")

print(json.loads('"ctrl \x01 char"', strict=False))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing', 0))
print(dec.raw_decode('xx [2, 3]', 3))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
