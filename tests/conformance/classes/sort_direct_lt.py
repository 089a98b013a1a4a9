# list.sort calls the keys' own __lt__ directly when they all share one class, and goes
# through the full comparison (__lt__ again, then the reflected __gt__) on NotImplemented.


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, getattr(other, "v", other))
        return NotImplemented

    def __gt__(self, other):
        print("gt", self.v, getattr(other, "v", other))
        return NotImplemented


try:
    sorted([Loud(1), Loud(2)])
except TypeError as e:
    print(e)


class Ver:
    calls = 0

    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __lt__(self, other):
        Ver.calls += 1
        return self.parts < other.parts

    def __repr__(self):
        return ".".join(map(str, self.parts))


vs = [Ver(s) for s in ["1.10", "1.2", "1.9.1", "0.9", "1.2.0"]]
print(sorted(vs), Ver.calls)
print(max(vs, key=lambda v: v.parts), min(vs, key=lambda v: v.parts))


class Mixed(Ver):
    def __lt__(self, other):
        if isinstance(other, Mixed):
            print("mixed lt")
        return super().__lt__(other)


print(sorted([Mixed("2.0"), Ver("1.0")]))

