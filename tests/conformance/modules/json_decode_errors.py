# json.loads errors: message, position, line and column as CPython reports them.
import json

cases = [
    "", "  ", "{", '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', "[1,]", "[1 2]", '{"a" 1}',
    "{1:2}", "{'a': 1}", '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12zz"', '"\\u1234',
    '"\\ud800\\u12"', '"\\ud800\\uzzzz"', '"a\nb"', "[1] x", "nul", "tru", "fals", "-", "-x",
    "01", "1.", "1e", "1.5e+", "[-]", "NaNx", '{"a":1}}', "\ufeff[]", "[", "[1", '["a\tb"]',
    '{"a":1 "b":2}', "1 2", '"é\\q"', '{"é": 1, "x" 2}', '["ü", ]', '[1, 2, 3\n, 4\n 5]',
    '{\n  "a": 1,\n  "b": tru\n}', "\n\n  x", "[[[[", '{"a": [1, {"b": }]}',
]
for c in cases:
    try:
        r = json.loads(c)
        print(repr(c), "->", repr(r))
    except json.JSONDecodeError as e:
        print(repr(c), "!!", e, "|", e.msg, e.pos, e.lineno, e.colno)

try:
    json.loads("[1, 2")
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), repr(e.doc))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1}', object_hook=lambda d: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    json.loads("[1.5]", parse_float=int)
except ValueError as e:
    print("ValueError:", e)
try:
    json.loads("[" * 100000)
except RecursionError as e:
    print("RecursionError:", e)
try:
    json.loads('{"a":' * 100000)
except RecursionError as e:
    print("RecursionError:", e)
print(json.loads('"a\nb"', strict=False), json.loads('"ctl\x01"', strict=False) == "ctl\x01")
dec = json.JSONDecoder()
print(dec.raw_decode("[1,2] tail"), dec.raw_decode("xx[1]", 2))
try:
    dec.raw_decode(" [1]")
except json.JSONDecodeError as e:
    print(e)
