# uuid: UUIDs order and compare as 128-bit integers (only with each other), hash like their
# integer, and uuid1's fields carry the given node and clock sequence.
import uuid

a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
c = uuid.UUID("00000000-0000-0000-0000-000000000002")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b == c, b <= c, b >= c, b < c, b > c, b != c, hash(b) == hash(2), int(c))
print(a == 1, a != 1, a == "00000000-0000-0000-0000-000000000001", a.__eq__(1), a.__lt__(b))
for op in ("<", "<=", ">", ">="):
    try:
        eval("a %s 5" % op)
    except TypeError as e:
        print(op, e)
ids = [uuid.uuid5(uuid.NAMESPACE_DNS, name) for name in ("b.example", "a.example", "c.example")]
print([str(u)[:8] for u in sorted(ids)], max(ids) == sorted(ids)[-1], len({*ids, ids[0]}))
print(repr(uuid.NAMESPACE_URL), [uuid.UUID.__lt__.__name__, uuid.UUID.__ge__.__name__])


class Tagged(uuid.UUID):
    pass


t = Tagged(int=2)
print(repr(t), t == b, b == t, t < uuid.UUID(int=3), {b: "x"}[t])

for node, seq in ((0x123456789abc, 0x1234), (0, 0), (0xffffffffffff, 0x3fff), (5, 0xffff)):
    u = uuid.uuid1(node=node, clock_seq=seq)
    print(hex(u.node), hex(u.clock_seq), u.clock_seq_low, hex(u.clock_seq_hi_variant), u.version,
          u.variant, u.time > 0x1b21dd213814000, u.time_hi_version >> 12)
first = uuid.uuid1(node=1, clock_seq=1)
second = uuid.uuid1(node=1, clock_seq=1)
print("monotonic", first.time < second.time)
for bad in (-1, 1 << 48):
    try:
        uuid.uuid1(node=bad, clock_seq=0)
    except ValueError as e:
        print(e)
try:
    a.int = 5
except TypeError as e:
    print(e)
