# bytes()/bytearray() of objects with __bytes__ or __index__, and a class that keeps
# object.__hash__ next to its own __eq__.


class Packet:
    def __init__(self, payload):
        self.payload = payload

    def __bytes__(self):
        return b"<" + self.payload.encode() + b">"


class Size:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Both:
    def __bytes__(self):
        return b"bytes wins"

    def __index__(self):
        return 2


class Tagged(bytes):
    pass


class Wrapped:
    def __bytes__(self):
        return Tagged(b"tag")


class Wrong:
    def __bytes__(self):
        return "not bytes"


print(bytes(Packet("hi")), bytes(Size(3)), bytes(Both()), bytearray(Both()))
print(bytearray(Size(4)), bytes(Size(0)), type(bytes(Wrapped())).__name__, bytes(Wrapped()))
for make in (lambda: bytes(Wrong()), lambda: bytes(Size(-1)), lambda: bytearray(Packet("x"))):
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(b"%b" % Packet("fmt"), list(bytes(Size(2))))


class Entity:
    def __init__(self, key):
        self.key = key

    def __eq__(self, other):
        return isinstance(other, Entity) and self.key == other.key

    __hash__ = object.__hash__


class Record(Entity):
    pass


class Value_:
    def __eq__(self, other):
        return True


e1, e2 = Entity(1), Entity(1)
print(e1 == e2, len({e1, e2}), len({e1, e1}), hash(e1) == hash(e1))
print(len({Record(2), Record(2)}), Entity.__hash__ is object.__hash__)
try:
    hash(Value_())
except TypeError as e:
    print("TypeError:", e)
print(Value_.__hash__)
