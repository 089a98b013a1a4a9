import marshal
import io
values = [None, True, False, ..., 0, 1, -1, 255, 1000, 2**31 - 1, 2**31, -2**40, 10**30, 3.5, -0.0,
          1e300, 2+3j, "", "hello", "héllo wörld", "a b", "x" * 300, b"", b"bytes\x00\xff",
          (), (1, 2), (1, (2, 3)), [1, [2, [3]]], {"a": 1, "b": [1, 2]}, {1, 2, 3}, frozenset({4}),
          ["dup", "dup"], [10**20, 10**20], StopIteration]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(repr(v)[:40], back == v or v != v, type(back).__name__, len(data))
for v in [None, 1, "abc", 3.5, (1, 2), b"xy", 2**31, -2**40, 300, "h\xe9"]:
    print(repr(v), marshal.dumps(v))
buf = io.BytesIO()
marshal.dump({"k": [1, 2]}, buf)
marshal.dump("second", buf)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf))
for bad in [b"", b"i\x01", b"\x99", b"[\x02\x00\x00\x00i\x01\x00\x00\x00"]:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)
try:
    marshal.dumps(object())
except ValueError as e:
    print("ValueError", e)
print(marshal.version, marshal.loads(marshal.dumps([1, 2]) + b"extra"))
shared = [1, 2]
print(marshal.loads(marshal.dumps([shared, shared])))
