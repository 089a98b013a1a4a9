# Release versions ordered with functools.total_ordering, ranked with heapq: comparisons
# with foreign types name the operator written, heapq compares in CPython's order, and
# complex numbers format with '#'.
import functools
import heapq


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


@functools.total_ordering
class Score:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        print(f"  ge({self.n}, {other.n})")
        return self.n >= other.n

    def __repr__(self):
        return f"Score({self.n})"


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs), Version("1.0") >= Version("1.0"), Version("2") > Version("1.9"))
print(Version.__gt__.__name__, Version.__gt__.__qualname__, Score.__lt__.__qualname__)
print(Score(1) < Score(2), Score(3) <= Score(3), Score(2) > Score(2))
for expr in ["Version('1') < 5", "Version('1') >= 5", "Version('1') > 'x'", "5 <= Version('1')", "None > Version('1')"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(f"{expr}: {e}")

print(heapq.nlargest(2, vs), heapq.nsmallest(3, iter(vs)), heapq.nlargest(3, vs, key=lambda v: v.parts[-1]))
print(heapq.nsmallest(2, [5, 1, 4, 1, 3]), heapq.nlargest(1, []), heapq.nsmallest(0, [1]), heapq.nlargest(9, "hello"))
for args in [(2, [1, "a", 3]), (2, ["x", 1, 3]), (3, iter([1, 2, "a", None]))]:
    for f in (heapq.nlargest, heapq.nsmallest):
        try:
            print(f(*args))
        except TypeError as e:
            print(f.__name__, e)

for z in [1 + 2j, complex(-0.0, -0.5), 3j, 0j, complex(1e16, 1e-7), complex(2.5, 0)]:
    print(f"{z:#} {z:#.3} {z:#g} {z:>14} {z:.2f}")
for spec in ["08", "=10", "0>8", "x", "08x", "%", "=^c"]:
    try:
        print(format(1 + 1j, spec))
    except ValueError as e:
        print(f"{spec!r}: {e}")
heapq.nlargest(2, [Version("1"), Version("2"), 3])
