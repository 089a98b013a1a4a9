# uuid: parsing, fields, name-based uuid3/uuid5 (deterministic), random ones by their shape.
import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.version, u.variant, u.urn, u.time_low, u.node, u.clock_seq, u.time)
print(uuid.UUID("{12345678123456781234567812345678}") == u, uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678") == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(int=u.int) == u, uuid.UUID(fields=u.fields) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/x"), uuid.uuid3(uuid.NAMESPACE_OID, "1.2.3"))
a = uuid.uuid4(); b = uuid.uuid4(); print(a != b, a.version, a.variant, len(str(a)), str(a)[14], isinstance(a.int, int))
t = uuid.uuid1(); print(t.version, t.variant, uuid.uuid1() != t)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), hash(u) == hash(uuid.UUID(str(u))), uuid.UUID(int=1, version=4))
for bad in [lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b"x")]:
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
try: u.int = 3
except TypeError as e: print(e)
