from collections import Counter, namedtuple, deque, OrderedDict, defaultdict, ChainMap, UserDict, UserList, UserString
c = Counter(a=3, b=-1, c=0, d=2)
print(c, +c, -c, repr(Counter()), c.total())
c.update({"a": 1}, e=5); print(c)
c.update("aab"); print(c)
c.subtract(a=10, z=1); print(c)
c.subtract("dd"); print(c)
d = Counter(a=1, b=2)
d += Counter(a=-5, c=3); print(d)
d -= Counter(c=1); print(d)
d |= Counter(x=4, b=1); print(d)
d &= Counter(x=2, b=7); print(d)
print(Counter("aab") == Counter("aba"), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2, b=0), Counter(a=1) < Counter(a=1))
print(Counter("mississippi").most_common(), Counter("mississippi").most_common(2), Counter("mississippi").most_common(0), Counter("mississippi").most_common(-1))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NIE", e)
print(Counter({"x": "str", "y": "abc"}) if False else Counter({"x": 1.5, "y": 2}))
print(Counter({"a": [1], "b": [0]}) if False else repr(Counter({1: 2, "a": 3})))
e = Counter(a=2, b=0, c=-1)
print(list(e.elements()), e["missing"], "missing" in e)
del e["a"]; del e["nope"]; print(e)
print(Counter(a=1) + 5 if False else None)
try:
    Counter(a=1) + 5
except TypeError as ex:
    print("TE", ex)
print(dict(Counter("hello")), sorted(Counter("hello").items()), Counter("hello").keys())
cp = Counter("abc").copy(); print(type(cp).__name__, cp)
class MyC(Counter): pass
m = MyC("aab"); print(m, m + m, type(m + m).__name__, type(m.copy()).__name__)
Pt = namedtuple("Pt", ["x", "y", "z"], defaults=[0, 1])
print(Pt(5), Pt._field_defaults, Pt._fields, Pt._make([1, 2, 3]), Pt(1)._asdict(), Pt.__doc__, Pt.x.__doc__)
try:
    Pt()
except TypeError as ex:
    print("TE", ex)
try:
    Pt(1, 2, 3, 4)
except TypeError as ex:
    print("TE", ex)
try:
    Pt._make([1])
except TypeError as ex:
    print("TE", ex)
try:
    Pt(1)._replace(w=3)
except ValueError as ex:
    print("VE", ex)
R = namedtuple("R", "a def class a", rename=True); print(R._fields)
for bad in (["a", "a"], ["1x"], ["_a"], ["def"], ["a b"]):
    try:
        namedtuple("B", bad)
    except ValueError as ex:
        print("VE", ex)
p = Pt(1, 2, 3); x, y, z = p; print(x + y + z, p[::-1], p.count(2), p.index(3), p + (4,), p * 2 if False else p == (1, 2, 3), hash(p) == hash((1, 2, 3)))
class Pt2(Pt):
    __slots__ = ()
    @property
    def norm(self): return (self.x**2 + self.y**2 + self.z**2) ** 0.5
    def __str__(self): return f"<{self.x},{self.y},{self.z}>"
print(Pt2(3, 4, 0).norm, Pt2(3, 4, 0), repr(Pt2(1)), Pt2._make([1,1,1])._replace(x=9))
NT = namedtuple("NT", "a b", module="mymod"); print(NT.__module__, NT.__name__, NT.__qualname__)
dq = deque([1, 2, 3, 4, 5], maxlen=5)
dq.appendleft(0); print(dq, dq.maxlen)
dq.extend([9, 8]); print(dq)
dq.extendleft([7, 6]); print(dq)
print(dq.index(2), dq.count(8), dq[0], dq[-1], 9 in dq, len(dq), list(reversed(dq)))
try:
    dq.index(100)
except ValueError as ex:
    print("VE", ex)
dq.remove(2); print(dq)
try:
    dq.remove(100)
except ValueError as ex:
    print("VE", ex)
dq.insert(1, 42); print(dq)
try:
    dq.insert(0, 1); dq.insert(0, 1)
except IndexError as ex:
    print("IE", ex, dq)
try:
    deque().pop()
except IndexError as ex:
    print("IE", ex)
try:
    deque().popleft()
except IndexError as ex:
    print("IE", ex)
try:
    deque([1])[5]
except IndexError as ex:
    print("IE", ex)
d2 = deque(range(10)); d2.rotate(3); print(d2); d2.rotate(-13); print(d2); del d2[2]; print(d2); d2[0] = 'x'; print(d2)
print(deque("abc") + deque("de"), deque("ab") * 2, deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque(maxlen=0), repr(deque([], 3)))
d3 = deque(range(3)); d3 *= 2; print(d3); d3 += [9]; print(d3); d3.reverse(); print(d3); d3.clear(); print(d3)
print(deque(range(5), 3).copy(), d3.maxlen)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("d", last=False); print(od, list(od), list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zz")
except KeyError as ex:
    print("KE", ex)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), od.setdefault("q", 5), od.pop("q"), od.pop("q", "dflt"))
try:
    OrderedDict().popitem()
except KeyError as ex:
    print("KE", ex)
print(od | {"z": 1}, {"z": 1} | od, type({"z": 1} | od).__name__)
dd = defaultdict(lambda: "N/A", a=1); print(dd["b"], dict(dd), type(dd).__name__)
dd2 = defaultdict(list); dd2["x"].append(1); print(dd2, dd2.default_factory, dd2.copy(), dd2.get("y"), "y" in dd2)
dd3 = defaultdict(None); 
try:
    dd3["k"]
except KeyError as ex:
    print("KE", ex)
try:
    defaultdict(5)
except TypeError as ex:
    print("TE", ex)
print(defaultdict(int, {"a": 1}) | {"b": 2}, repr(defaultdict(int)))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}, {"c": 4})
cm["d"] = 5; del cm["a"]; print(cm, cm.maps, list(cm), list(cm.items()), dict(cm))
try:
    del cm["c"]
except KeyError as ex:
    print("KE", ex)
print(cm.get("zz", 0), "c" in cm, cm.parents.parents, bool(ChainMap()), ChainMap({}) == ChainMap({}), cm | {"n": 1})
class UD(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
u = UD({"A": 1}); u["B"] = 2; u.update(C=3); print(u, u.data, len(u), "a" in u, u | {"x": 1})
ul = UserList([3, 1, 2]); ul.sort(); ul.append(5); print(ul, ul[1:], type(ul[1:]).__name__, ul + [0], ul * 2, ul.index(5))
us = UserString("Hello"); print(us.upper(), us[1:3], type(us.lower()).__name__, us + "!", "ell" in us, len(us), us == "Hello")
