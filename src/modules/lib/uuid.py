"""uuid for pyseal: UUID objects and the RFC 4122 generators uuid1, uuid3, uuid4, uuid5.

uuid1 uses a random node (no hardware address is read) and a clock sequence from os.urandom.
"""

import operator as _operator
import os

__all__ = ["UUID", "uuid1", "uuid3", "uuid4", "uuid5", "getnode", "NAMESPACE_DNS",
           "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500", "RESERVED_NCS", "RFC_4122",
           "RESERVED_MICROSOFT", "RESERVED_FUTURE", "SafeUUID"]

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    "reserved for NCS compatibility", "specified in RFC 4122",
    "reserved for Microsoft compatibility", "reserved for future definition"]

int_ = int
bytes_ = bytes


class SafeUUID:
    safe = 0
    unsafe = -1
    unknown = None


def _by_int(compare):
    def method(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return compare(self.int, other.int)
    method.__name__ = "__%s__" % compare.__name__
    return method


class UUID:
    """A universally unique identifier: 128 bits shown as 8-4-4-4-12 hex digits."""

    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must "
                            "be given")
        if hex is not None:
            hex = hex.replace("urn:", "").replace("uuid:", "")
            hex = hex.strip("{}").replace("-", "")
            if len(hex) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            int = int_(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            bytes = (bytes_le[4 - 1::-1] + bytes_le[6 - 1:4 - 1:-1] + bytes_le[8 - 1:6 - 1:-1]
                     + bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            int = int_.from_bytes(bytes, "big")
        if fields is not None:
            if len(fields) != 6:
                raise ValueError("fields is not a 6-tuple")
            (time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low,
             node) = fields
            checks = [(time_low, 32, 1), (time_mid, 16, 2), (time_hi_version, 16, 3),
                      (clock_seq_hi_variant, 8, 4), (clock_seq_low, 8, 5), (node, 48, 6)]
            for value, bits, n in checks:
                if not 0 <= value < 1 << bits:
                    raise ValueError("field %d out of range (need a %d-bit value)" % (n, bits))
            clock_seq = (clock_seq_hi_variant << 8) | clock_seq_low
            int = ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64)
                   | (clock_seq << 48) | node)
        if int is not None and not 0 <= int < 1 << 128:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xf000 << 64)
            int |= version << 76
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "is_safe", is_safe)

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    # UUIDs compare as their integers, and only with other UUIDs.
    __eq__ = _by_int(_operator.eq)
    __lt__ = _by_int(_operator.lt)
    __le__ = _by_int(_operator.le)
    __gt__ = _by_int(_operator.gt)
    __ge__ = _by_int(_operator.ge)

    def __hash__(self):
        return hash(self.int)

    def __repr__(self):
        return f"{type(self).__name__}({str(self)!r})"

    def __int__(self):
        return self.int

    def __str__(self):
        h = "%032x" % self.int
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        b = self.bytes
        return b[4 - 1::-1] + b[6 - 1:4 - 1:-1] + b[8 - 1:6 - 1:-1] + b[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant,
                self.clock_seq_low, self.node)

    time_low = property(lambda self: self.int >> 96)
    time_mid = property(lambda self: (self.int >> 80) & 0xffff)
    time_hi_version = property(lambda self: (self.int >> 64) & 0xffff)
    clock_seq_hi_variant = property(lambda self: (self.int >> 56) & 0xff)
    clock_seq_low = property(lambda self: (self.int >> 48) & 0xff)
    node = property(lambda self: self.int & 0xffffffffffff)

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32)
                | self.time_low)

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return int_((self.int >> 76) & 0xf)
        return None


_node = None


def getnode():
    """A 48-bit node id: random, with the multicast bit set (no hardware address is read)."""
    global _node
    if _node is None:
        _node = int_.from_bytes(os.urandom(6), "big") | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the time, a clock sequence and a node id."""
    global _last_timestamp
    import time
    nanoseconds = time.time_ns()
    timestamp = nanoseconds // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = int_.from_bytes(os.urandom(2), "big") & 0x3fff
    # The 60-bit timestamp goes low, mid, then high bits; the version nibble fills the rest.
    fields = (timestamp & 0xffffffff, timestamp >> 32 & 0xffff, timestamp >> 48 & 0x0fff,
              clock_seq >> 8 & 0x3f, clock_seq & 0xff, getnode() if node is None else node)
    return UUID(fields=fields, version=1)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    from hashlib import md5
    digest = md5(namespace.bytes + bytes_(name, "utf-8")).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + bytes_(name, "utf-8")).digest()
    return UUID(bytes=digest[:16], version=5)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
