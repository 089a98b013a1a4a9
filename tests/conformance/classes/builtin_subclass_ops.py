# Instances of subclasses of built-in types keep the built-in behaviour
# (comparison, formatting, alternate constructors) unless they override it.

class T(tuple):
    def __repr__(self):
        return "T(%r, %r)" % self

print(repr(T((1, 2))), "%s-%s" % T(("a", "b")), str(T((3, 4))))

print(dict.fromkeys({"a": 1}), dict.fromkeys([1, 2], 0), {}.fromkeys("ab"))


class E(dict):
    pass

e = E.fromkeys("xy", 7)
print(type(e).__name__, e, list(reversed(E(a=1, b=2))))


class D(dict):
    def __eq__(self, o):
        return NotImplemented

print(D(a=1) == {"a": 1}, D(a=1) != {"a": 1}, {"a": 1} == D(a=1))


class MyInt(int):
    pass

print(MyInt(5) == 5.0, MyInt(3) < 4.5, MyInt(2) + 1.5, sorted([MyInt(3), 1.5, MyInt(-1)]))
print(int.from_bytes(b"\x01\x00", "big"), (5).from_bytes(b"\x02", "little"))
print(type(MyInt.from_bytes(b"\x03", "big")).__name__, MyInt.from_bytes(b"\x03", "big"))


class L(list):
    pass

print(L([1, 2]) == [1, 2], L([1]) < [2], sorted([L([2]), L([1])]), [0] + L([1]))


class S(str):
    pass

print(S("b") > "a", S("ab") == "ab", "%s|%r" % (S("x"), S("y")), S("a") + "b", sorted([S("b"), "a"]))


class F(float):
    pass

print(float.fromhex("0x1.8p1"), bytes.fromhex("ff00"), type(F.fromhex("0x1p0")).__name__)
print(F(1.5) == 1.5, F(2.0) < 3, round(F(2.675), 2))

class Fr(frozenset):
    pass

print(sorted(Fr({1, 2}) | {3}), Fr({1}) == frozenset({1}), Fr({1}) <= {1, 2})
class C(dict):
    def __setitem__(self, k, v):
        print("set", k, v); super().__setitem__(k, v * 2)
print(C.fromkeys([1, 2], 5))
try: dict.fromkeys()
except TypeError as e: print(e)
try: dict.fromkeys(1, 2, 3)
except TypeError as e: print(e)


# Mutable built-in containers are unhashable through `__hash__ = None`, also in subclasses.
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__, [].__hash__ is None)
for x in ([], {}, set(), bytearray(), L([1]), E()):
    try:
        hash(x)
    except TypeError as e:
        print(e)


class HashedList(list):
    def __hash__(self):
        return 7

print(hash(HashedList()), hash(()) == hash(()), hash(frozenset({1})) == hash(frozenset({1})))


# reversed() of a class asks its metaclass.
class Meta(type):
    def __reversed__(cls):
        return iter(["c", "b", "a"])

class Letters(metaclass=Meta):
    pass

print(list(reversed(Letters)))
try:
    reversed(int)
except TypeError as e:
    print(e)
