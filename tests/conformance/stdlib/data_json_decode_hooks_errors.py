import json
from decimal import Decimal
from collections import OrderedDict
bad = ['{"a": 1,}', '[1, 2', '{"a" 1}', '', '   ', 'nul', '[1,,2]', '{"a": tru}', '"abc', '"a\\x"', '{1: 2}', '[1] x', '01', '-', '1e', '{"a":1}{"b":2}', '[\n1,\n2,\n]', 'NaN', '-Infinity', '"\t"', '[1.5e500]', '"\\u12"',"{'a': 1}", '{"a":"b",', '[', '{', '{"a"', '"\\u00e9"']
for b in bad:
    try:
        r = json.loads(b)
        print("ok", repr(b), repr(r))
    except json.JSONDecodeError as e:
        print("ERR", repr(b), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('1.1', parse_float=Decimal))
print(json.loads('[1, 2.50, 3e2]', parse_float=Decimal, parse_int=float))
print(json.loads('{"x": NaN}', parse_constant=lambda s: "const:" + s))
print(json.loads('{"b": 1, "a": 2, "b": 3}'))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
def hook(d):
    if "__complex__" in d:
        return complex(d["re"], d["im"])
    return d
print(json.loads('[{"__complex__": true, "re": 1, "im": 2}, {"x": 1}]', object_hook=hook))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps([1j, {3, 1, 2}], cls=Enc))
try:
    json.dumps(object())
except TypeError as e:
    print("TE", str(e)[:40])
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TE", e)
print(json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
try:
    print(json.dumps({1: "a", "b": 2}, sort_keys=True))
except TypeError as e:
    print("TE", e)
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("VE", e)
print(json.dumps({"a": [1, {"b": []}, {}], "c": {}}, indent=4))
print(json.dumps({"a": [1, {"b": []}, {}], "c": {}}, indent="\t"))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({"k": 1.0, "j": 1e20, "i": 1e-7, "h": 123456789012345678901234567890}))
print(json.dumps("\u2028\x00\x1f\x7f😀"))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("VE", e)
d = {}; d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("VE", e)
print(json.JSONDecoder().raw_decode('{"a": 1} trailing'))
try:
    json.loads(b'\xef\xbb\xbf{"a":1}'.decode('utf-8'))
except json.JSONDecodeError as e:
    print("bom", e)
print(json.loads(b'{"a": [1, 2]}'))
print(json.loads(bytearray(b'"x"')))
class MyInt(int): pass
class MyFloat(float): pass
class MyStr(str): pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), True, False]))
import enum
class Color(enum.IntEnum):
    RED = 1
print(json.dumps([Color.RED]))
print(json.dumps({"a": 1, "b": 2}, indent=2, separators=(",", ": ")))
print(json.dumps([1,2], indent=2, separators=(" ,", " : ")))
try:
    json.loads('[1, 2]', object_hook=5)
except TypeError as e:
    print("TE", e)
print(repr(json.JSONDecodeError("m", "ab\ncd", 4)))
e = json.JSONDecodeError("m", "ab\ncd", 4)
print(e.args, str(e))
