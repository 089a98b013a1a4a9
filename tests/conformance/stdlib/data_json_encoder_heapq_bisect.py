import heapq, bisect, json, io
from collections import Counter
from dataclasses import dataclass, field
scores = [("ann", 88), ("bob", 92), ("cy", 75), ("dee", 92), ("eve", 60), ("fay", 99)]
print(heapq.nlargest(3, scores, key=lambda s: s[1]), heapq.nsmallest(2, scores, key=lambda s: (s[1], s[0])))
print(heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(0, [1]), heapq.nlargest(1, []), heapq.nsmallest(1, [5, 3], key=None))
h = []
for name, s in scores:
    heapq.heappush(h, (-s, name))
print([heapq.heappop(h) for _ in range(3)], h[0], heapq.heappushpop(h, (-100, "z")), heapq.heapreplace(h, (0, "q")))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge(["b", "d"], ["a", "c"], reverse=False, key=str.upper)), list(heapq.merge([9, 5], [8, 1], reverse=True)))
grades = [60, 70, 80, 90]
def grade(s): return "FDCBA"[bisect.bisect(grades, s)]
print([grade(s) for _, s in scores])
recs = sorted(scores, key=lambda r: r[1])
keys = [r[1] for r in recs]
print(bisect.bisect_left(keys, 92), bisect.bisect_right(keys, 92), bisect.bisect_left(recs, 92, key=lambda r: r[1]), bisect.bisect_right(recs, 80, lo=1, hi=3, key=lambda r: r[1]))
bisect.insort(recs, ("gus", 80), key=lambda r: r[1]); print(recs)
bisect.insort_left(keys, 92); print(keys)
@dataclass(order=True)
class Task:
    pri: int
    name: str = field(compare=False)
pq = []
for t in [Task(3, "low"), Task(1, "urgent"), Task(2, "mid"), Task(1, "urgent2")]:
    heapq.heappush(pq, t)
print([heapq.heappop(pq).name for _ in range(4)])
class Enc(json.JSONEncoder):
    def __init__(self, **kw):
        kw["indent"] = 1
        super().__init__(**kw)
    def default(self, o):
        if isinstance(o, Task):
            return {"pri": o.pri, "name": o.name}
        return super().default(o)
print(json.dumps([Task(1, "a")], cls=Enc))
e = json.JSONEncoder(sort_keys=True, separators=(",", "="))
print(e.encode({"b": 1, "a": [1, 2]}), list(e.iterencode({"x": [1, {"y": None}]})))
print(json.JSONEncoder(indent=2).encode([]), json.JSONEncoder(indent=2).encode({}), json.JSONEncoder().encode("s"), json.JSONEncoder().encode(1.5))
buf = io.StringIO()
json.dump({"a": [1, 2, {"b": "c"}]}, buf, indent=3)
print(buf.getvalue())
print(json.dumps(Counter("aab")), json.dumps((1, 2)), json.dumps({"t": (1,)}), json.dumps(3.0), json.dumps(-0.0), json.dumps(1e300 * 10), json.dumps(0.1 + 0.2))
print(json.dumps({"a": 1}, default=str), json.dumps([b"x"] if False else [1], default=repr), json.dumps({"d": {1, 2}}, default=sorted))
try:
    json.dumps(b"x")
except TypeError as ex:
    print("TE", ex)
try:
    json.dumps({"k": object()}, default=lambda o: o)
except (TypeError, ValueError) as ex:
    print(type(ex).__name__, ex)
print(json.loads('  {"a" :  [ 1 , 2 ] , "b" : { } }  '), json.loads("[]"), json.loads('"\\/\\b\\f\\n\\r\\t\\"\\\\"'), json.loads("-0"), json.loads("-0.0"), json.loads("1E3"), json.loads("12345678901234567890123"))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items()), object_pairs_hook=None))
print(json.loads('{"a": {"b": 2}}', object_hook=lambda d: len(d), object_pairs_hook=lambda p: p))
dec = json.JSONDecoder(strict=False)
print(dec.decode('"a\tb"'), repr(dec.decode('"x\ny"')))
try:
    json.loads('"a\nb"')
except json.JSONDecodeError as ex:
    print(ex)
try:
    json.loads(5)
except TypeError as ex:
    print("TE", ex)
try:
    dec.raw_decode("[1]", 5)
except json.JSONDecodeError as ex:
    print(ex)
print(dec.raw_decode("  [1] x"[2:]), json.loads("[1]\n"), json.loads("\n[1]\t "))
for s in ['[1,2', '{"a": 1 "b": 2}', '[1 2]', '{"a":}', '{,}', '[-]', '[1.]', '[.5]', '[1e+]', '[0x10]', '[+1]', '["a" "b"]', 'true false', '\x00']:
    try:
        json.loads(s)
    except json.JSONDecodeError as ex:
        print(repr(s), ex)
