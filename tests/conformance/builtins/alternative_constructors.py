# The built-in classmethods (dict.fromkeys, int.from_bytes, bytes.fromhex, float.fromhex,
# str.maketrans): called on the class, on an instance and on subclasses.

class OrderedCounts(dict):
    pass

class Flags(int):
    pass

class Blob(bytes):
    pass

class Measure(float):
    pass

print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), {}.fromkeys((1, 2), "v"))
oc = OrderedCounts.fromkeys("ab", 1)
print(type(oc).__name__, oc, type(OrderedCounts().fromkeys("z")).__name__)
shared = dict.fromkeys("pq", [])
shared["p"].append(1)
print(shared)

print(int.from_bytes(b"\x01\x02", "big"), int.from_bytes(b"\x01\x02", "little"),
      int.from_bytes(b"\xff", "big", signed=True), (0).from_bytes(b"\x10", "big"))
f = Flags.from_bytes(b"\x07", "big")
print(type(f).__name__, f, f | 8, type(f | 8).__name__)
print((1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True), (5).to_bytes(1, "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    int.from_bytes(b"\x00", "middle")
except ValueError as e:
    print("ValueError:", e)

print(bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"), b"".fromhex("41"))
bl = Blob.fromhex("6869")
print(type(bl).__name__, bl, bl.decode())
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)

print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), (1.0).hex(), (0.1).hex())
m = Measure.fromhex("0x1p4")
print(type(m).__name__, m)

table = str.maketrans("abc", "xyz")
print(sorted(table.items()), "aabbcc".translate(table))
print(sorted(str.maketrans({"a": "1", "b": None}).items()))
print("hello world".translate(str.maketrans("", "", "lo")))
print(sorted("".maketrans("ab", "cd", "e").items()))
print(bytes.maketrans(b"ab", b"AB")[97:99], b"abc".translate(bytes.maketrans(b"ab", b"AB")))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)

print(repr(dict.fromkeys)[:35], repr(int.from_bytes)[:34])
print(dict.fromkeys.__name__, int.from_bytes.__self__ is int, OrderedCounts.fromkeys.__self__ is OrderedCounts)
