# Decoding documents with the hooks and parsers json.loads accepts.
import io
import json
from collections import OrderedDict
from decimal import Decimal

doc = ('{"a": 1, "b": [1.5, -2e3, 0, -0, 1E+2, 12345678901234567890123], '
       '"c": {"d": null, "e": true, "f": false}, "a": 9}')
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_hook=lambda d: sorted(d)))
print(json.loads(doc, object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))
print(json.loads(doc, parse_float=Decimal, parse_int=str))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads("[NaN, -Infinity, 1]", parse_constant=lambda c: "const:" + c))
print(json.loads('"\\u00e9\\u4e2d\\ud83d\\ude00\\n\\t\\"\\\\\\/\\b\\f\\r"'))
print(json.loads('"h\u00e9llo w\u00f6rld"'), json.loads(" \n\t[ ] \r\n"), json.loads("{ }"))
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b"[2]")))
print(json.loads("1.0"), json.loads("-0.0"), json.loads("1e400"), json.loads("-1e-400"),
      json.loads("123.456e-2"), json.loads("-12"), type(json.loads("10")), type(json.loads("10.0")))


def as_complex(d):
    if "__complex__" in d:
        return complex(d["real"], d["imag"])
    return d


print(json.loads('[{"__complex__": true, "real": 1, "imag": 2}, {"x": 1}]', object_hook=as_complex))
print(json.load(io.StringIO('{"from": "file", "n": [1, 2]}')))

dec = json.JSONDecoder()
stream = '{"a": 1} {"b": 2}  [3] "é"'
pos, out = 0, []
while pos < len(stream):
    while stream[pos] == " ":
        pos += 1
    obj, pos = dec.raw_decode(stream, pos)
    out.append((obj, pos))
print(out)


class Tagged(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        obj, end = super().raw_decode(s, idx)
        return ("tagged", obj), end


print(json.loads("  [1]  ", cls=Tagged))
try:
    json.loads("[1] x", cls=Tagged)
except json.JSONDecodeError as e:
    print(e)


class Counting(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
        self.objects = 0

    def hook(self, d):
        self.objects += 1
        return d


c = Counting()
print(c.decode('[{"a": {}}, {"b": [{}]}]'), c.objects)

records = [{"id": i, "name": "n%d" % i, "vals": [i, i / 2, None, i % 3 == 0]} for i in range(300)]
text = json.dumps(records, indent=1)
back = json.loads(text)
print(back == records, back[-1], len(text))
x = json.loads('[{"same": 1}, {"same": 2}]')
print(list(x[0])[0] == list(x[1])[0])
