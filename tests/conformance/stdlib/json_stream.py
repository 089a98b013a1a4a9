# Streaming JSON: the chunks iterencode yields, and what json.dump has written when it fails.
import io
import json
import sys


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


doc = {"name": "route", "points": [Point(0, 0), Point(3, 4)], "tags": [], "meta": {},
       "nested": [[1, 2], "s", {"k": None}]}
print(list(PointEncoder().iterencode(doc)))
print(list(PointEncoder(indent=2, sort_keys=True).iterencode({"b": [1], "a": {"z": True}})))
print(list(json.JSONEncoder().iterencode([1, "a", [2, 3]], _one_shot=True)))
print(PointEncoder(separators=(",", ":")).encode(doc))

buf = io.StringIO()
json.dump(doc, buf, cls=PointEncoder, indent=1)
print(buf.getvalue())

loop = [1]
loop.append(loop)
try:
    json.dump(loop, sys.stdout)
except ValueError as e:
    print("\n->", e)

try:
    json.dump({"ok": [1, 2], "bad": {1, 2}}, sys.stdout, indent=2)
except TypeError as e:
    print("\n->", e)

out = io.StringIO()
try:
    json.dump({"a": 1, "when": [1, Point(1, 2)]}, out)
except TypeError as e:
    print(repr(out.getvalue()), "->", e)

json.dump({"report": [1, 2, Point(5, 6)]}, sys.stdout)
