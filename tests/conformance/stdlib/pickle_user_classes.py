# pickle round trips of user classes (__getstate__/__setstate__, __slots__, __reduce__) over all
# protocols and through files, unpicklable objects, gzip text and binary round trips.
import pickle, sys, os, gzip, io
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
class Tracked:
    def __init__(self, name):
        self.name = name
        self.cache = {"big": 1}
    def __getstate__(self):
        s = self.__dict__.copy()
        del s["cache"]
        return s
    def __setstate__(self, s):
        print("setstate", sorted(s))
        self.__dict__.update(s)
        self.cache = {}
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
class Reduced:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Reduced, (self.v * 10,))
base = sys.argv[1]
data = {"points": [Point(1, 2), Point(3, 4)], "nums": (1, 2.5, 3j, None, True), "s": {1, 2}, "fs": frozenset("a"), "b": b"\x00\xff", "ba": bytearray(b"x"), "big": 2**100, "neg": -5}
data["self"] = data["points"]
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    blob = pickle.dumps(data, protocol=proto)
    back = pickle.loads(blob)
    print(proto, back["points"], back["self"] is back["points"], back == data if False else back["nums"], back["big"], back["s"], back["ba"])
path = os.path.join(base, "state.pkl")
with open(path, "wb") as f:
    pickle.dump(Tracked("t1"), f)
    pickle.dump([Slotted(1, 2)], f)
    pickle.dump(Reduced(4), f)
with open(path, "rb") as f:
    t = pickle.load(f)
    print(t.name, t.cache)
    s = pickle.load(f)[0]
    print(s.a, s.b)
    r = pickle.load(f)
    print(r.v)
    try:
        pickle.load(f)
    except EOFError as e:
        print("EOFError", e)
try:
    pickle.dumps(lambda x: x)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(' at 0x')[0])
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
def gen():
    yield 1
try:
    pickle.dumps(gen())
except TypeError as e:
    print("TypeError", e)
gz = os.path.join(base, "data.txt.gz")
with gzip.open(gz, "wt", encoding="utf-8") as f:
    for i in range(5):
        f.write(f"line {i} héllo\n")
with gzip.open(gz, "rt", encoding="utf-8") as f:
    for line in f:
        print(line.rstrip())
with gzip.open(gz, "rb") as f:
    raw = f.read()
print(len(raw), raw[:10])
c = gzip.compress(b"abc" * 100)
print(gzip.decompress(c) == b"abc" * 100)
buf = io.BytesIO()
pickle.dump({"k": [1, 2, 3]}, buf)
buf.seek(0)
print(pickle.load(buf))
print(pickle.dumps(None, protocol=2), pickle.dumps(True, 0), pickle.dumps([1, "a"], 4)[:6])
