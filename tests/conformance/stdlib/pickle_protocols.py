# pickle: byte-exact pickles of every protocol (framing, memo, batching, globals, Python 2 names
# below protocol 3), instances through __reduce_ex__/__getstate__/__setstate__/__reduce__,
# shared and recursive structures, dump/load with files, and the errors.
import pickle, io, collections, dataclasses, enum
vals = [None, True, False, 0, 255, 256, 65535, 65536, -1, 2**31-1, 2**31, -2**31, -2**31-1, 2**64, -2**100, 1.5, -0.0, float('inf'), '', 'abc', 'é'*3, 'x'*300, b'', b'xy', b'z'*300, (), (1,), (1,2), (1,2,3), (1,2,3,4), [], [1], [1,2], {}, {'a':1}, {'a':1,'b':2}, set(), {1}, frozenset(), frozenset({1,2}), bytearray(b'ab'), bytearray(), 1+2j, [1, [2, [3]]], {'k': (1, 'k')}, list(range(1005)), ('s', 's'), int, len, collections.OrderedDict]
for proto in range(6):
    for v in vals:
        data = pickle.dumps(v, protocol=proto)
        back = pickle.loads(data)
        ok = back == v or (v != v)
        print(proto, repr(v)[:40], data if len(data) < 120 else (len(data), data[:60]), ok)
shared = [1, 2]
obj = [shared, shared, {'x': shared}]
back = pickle.loads(pickle.dumps(obj))
print(back, back[0] is back[1] is back[2]['x'])
rec = []
rec.append(rec)
r2 = pickle.loads(pickle.dumps(rec))
print(r2[0] is r2, pickle.dumps(rec))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f"Point({self.x}, {self.y})"
P = collections.namedtuple("P", "a b")
@dataclasses.dataclass
class DC:
    name: str
    tags: list
class Color(enum.Enum):
    RED = 1
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = [2]
class WithState:
    def __init__(self): self.v = 5; self.cache = "drop"
    def __getstate__(self): return {"v": self.v}
    def __setstate__(self, st): self.__dict__.update(st); self.cache = None
class Reduced:
    def __init__(self, n): self.n = n
    def __reduce__(self): return (Reduced, (self.n * 2,))
for o in [Point(1, 2), P(1, "b"), DC("n", [1]), Color.RED, WithState(), Reduced(3), [Point(0, 0)] * 2]:
    for proto in (0, 2, 4, 5):
        data = pickle.dumps(o, proto)
        b = pickle.loads(data)
        print(proto, type(b).__name__, data if proto >= 2 else len(data))
s = pickle.loads(pickle.dumps(Slotted())); print(s.a, s.b)
w = pickle.loads(pickle.dumps(WithState())); print(w.v, w.cache)
print(pickle.loads(pickle.dumps(Reduced(3))).n)
buf = io.BytesIO()
pickle.dump({"a": [1, 2]}, buf)
buf.seek(0)
print(pickle.load(buf))
for bad in [lambda: 1, (x for x in []), open]:
    try:
        pickle.dumps(bad)
        print("pickled", bad.__class__.__name__)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
try:
    pickle.loads(b"\x80\x04garbage")
except Exception as e:
    print(type(e).__name__, e)
try:
    pickle.loads(b"")
except EOFError as e:
    print("EOFError", e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
