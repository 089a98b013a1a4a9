class Stack(list):
    def push(self, x): self.append(x); return self
    def peek(self): return self[-1] if self else None
    def __repr__(self): return f"Stack({super().__repr__()})"
s = Stack([1, 2]).push(3)
print(s, s.peek(), len(s), s + [4], type(s + [4]).__name__, s * 2, type(s * 2).__name__, s[::-1], type(s[:]).__name__)
s.extend(range(2)); s.sort(); print(s, s.count(1), sorted(s, reverse=True))
print(isinstance(s, list), list(s), Stack(), bool(Stack()), s == [0, 1, 1, 2, 3], Stack([1]) == Stack([1]))
class CaseDict(dict):
    def __init__(self, *a, **k):
        super().__init__()
        self.update(*a, **k)
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __getitem__(self, k): return super().__getitem__(k.lower())
    def __contains__(self, k): return super().__contains__(k.lower())
    def update(self, *a, **k):
        for kk, v in dict(*a, **k).items(): self[kk] = v
    def get(self, k, d=None): return super().get(k.lower(), d)
cd = CaseDict({"A": 1}, B=2)
cd["C"] = 3
print(cd, cd["a"], "b" in cd, cd.get("C"), cd.get("Z", 0), list(cd.keys()), dict(cd), len(cd), cd.copy(), type(cd.copy()).__name__)
print({**cd}, cd | {"d": 4}, type(cd | {"d": 4}).__name__)
class DefaultList(list):
    def __init__(self, factory): super().__init__(); self.factory = factory
    def __getitem__(self, i):
        while len(self) <= i: self.append(self.factory())
        return super().__getitem__(i)
dl = DefaultList(int)
dl[3] += 5
print(dl, dl.factory)
class Celsius(float):
    def __new__(cls, v):
        if v < -273.15: raise ValueError("below absolute zero")
        return super().__new__(cls, v)
    def __repr__(self): return f"{float(self):.1f}°C"
    def to_f(self): return Celsius.__new__(Celsius, self * 9 / 5 + 32) if False else self * 9 / 5 + 32
t = Celsius(21.5)
print(t, repr(t), t + 1, type(t + 1).__name__, t.to_f(), round(t), int(t), t == 21.5, hash(t) == hash(21.5), f"{t:.2f}")
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
class Tag(str):
    def __new__(cls, s): return super().__new__(cls, s.strip().lower())
    @property
    def hashtag(self): return "#" + self
tg = Tag("  Python ")
print(tg, repr(tg), tg.hashtag, tg.upper(), type(tg.upper()).__name__, tg + "!", len(tg), tg == "python", {tg: 1}["python"], tg.split("t"))
class Pair(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
    def __repr__(self): return f"Pair{tuple.__repr__(self)}"
pp = Pair(1, 2)
print(pp, pp.first, pp + (3,), pp == (1, 2), len(pp), hash(pp) == hash((1, 2)), sorted([Pair(2, 1), Pair(1, 9)]))
a, b = pp; print(a, b)
class Flags(int):
    def __repr__(self): return f"Flags({int(self):#06b})"
    def __or__(self, o): return Flags(int(self) | int(o))
f = Flags(1) | Flags(4)
print(f, repr(f), f | 2, type(f + 1).__name__, bin(f), f.bit_length())
class OrderedSet(dict):
    def add(self, x): self[x] = None
    def __iter__(self): return iter(self.keys())
    def __repr__(self): return "{" + ", ".join(map(repr, self)) + "}"
os_ = OrderedSet(); [os_.add(x) for x in "banana"]; print(os_, list(os_), len(os_))
class MySet(set):
    pass
ms = MySet([1, 2]) | {3}
print(type(ms).__name__, ms, type(MySet([1]).union([2])).__name__, MySet([1, 2]) == {1, 2}, repr(MySet([1])))
try:
    class Exc(Exception, dict): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(list, dict): pass
except TypeError as e:
    print("TypeError:", e)
