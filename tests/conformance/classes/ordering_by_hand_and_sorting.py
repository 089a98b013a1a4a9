class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self): return "V" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        if isinstance(o, str): o = Version(o)
        if not isinstance(o, Version): return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if isinstance(o, str): o = Version(o)
        if not isinstance(o, Version): return NotImplemented
        return self.parts < o.parts
    def __le__(self, o): return self == o or self < o
    def __gt__(self, o):
        r = self.__le__(o)
        return NotImplemented if r is NotImplemented else not r
    def __ge__(self, o):
        r = self.__lt__(o)
        return NotImplemented if r is NotImplemented else not r
    def __hash__(self): return hash(self.parts)
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs), sorted(set(vs), reverse=True))
print(Version("1.2") == "1.2", "1.2" == Version("1.2"), Version("1.0") < "1.1", "1.1" > Version("1.0"), Version("2") != "2")
print(Version("1") < Version("2") < Version("3"), Version("1") < Version("3") < Version("2"))
try:
    Version("1") < 5
except TypeError as e:
    print("TypeError:", e)
import functools
@functools.total_ordering
class Student:
    def __init__(self, name, grade): self.name, self.grade = name, grade
    def __eq__(self, o): return (self.grade, self.name) == (o.grade, o.name)
    def __lt__(self, o): return (self.grade, self.name) < (o.grade, o.name)
    def __repr__(self): return f"{self.name}({self.grade})"
ss = [Student("bob", 90), Student("amy", 90), Student("cat", 85)]
print(sorted(ss), sorted(ss, key=lambda s: s.name), ss[0] >= ss[1], ss[2] <= ss[0], ss[0] > ss[2])
print(sorted(ss, key=lambda s: -s.grade), sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))
data = [("x", 3), ("y", 1), ("z", 3), ("w", 2)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(max(data, key=lambda t: t[1]), min(data, key=lambda t: t[1]), max([], default="none"), min([3, 1], default=0))
print(sum([[1], [2, 3]], []), sum([0.1] * 10), sum(range(5), 10), round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2))
print(divmod(7.5, 2), divmod(-7, 3), 7.0 // 2, -7.0 % 3, 1e16 + 1, 0.1 + 0.2, 1 / 3, 2 ** 0.5, 10 / 4, 10 // 4)
print(1 == 1.0, 1 is 1 if False else "", [1, 2] == [1, 2.0], (1, 2) < (1, 2, 0), "a" < "b" < "c", [3] > [2, 9], None == 0)
print(True and 0, False or "", 0 or None, 1 and 2, not [], [] or [0], "" and "x")
class Falsy:
    def __bool__(self): print("bool called"); return False
print(Falsy() or "fallback", type(Falsy() and "never").__name__)
x = [3, 1, 2]
print(x.sort(), x, sorted(x, key=str), list(reversed(x)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
words = "the Quick brown fox Jumps over the lazy Dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
import math
print(sorted([3.0, float("nan"), 1.0, 2.0])[:0], math.inf > 10**400, -math.inf < -10**400, float("nan") == float("nan"), math.isclose(0.1 + 0.2, 0.3))
print(sorted(["b", "A", "a", "B"]), sorted([True, False, 0, 1]), sorted([(2, "a"), (1, "b")]))
