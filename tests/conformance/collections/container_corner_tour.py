recs = [("bob", 3), ("amy", 3), ("cat", 1), ("dan", 2), ("eve", 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: -r[1], reverse=True))
l = list(range(10)); del l[2:8:2]; print(l); del l[::-1][0:0]; l[1:3] = "ab"; print(l)
l[::2] = [0]*len(l[::2]); print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(e)
print([1, 2, 3, 2].index(2, 2), [1, 2, 3].index(3, -1))
try:
    [1, 2, 3].index(1, 1, 2)
except ValueError as e:
    print(e)
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "d": 4}
print(d | e, e | d, d.keys() & e.keys(), d.keys() | e.keys(), d.keys() - e, d.items() & {("a", 1)}, d.keys() ^ e.keys())
d |= [("z", 26)]; print(d, d.popitem(), d)
print(d.setdefault("a", 99), d.setdefault("q"), d, d.get("zz", "dflt"), d.pop("q"), d.pop("nope", None))
try:
    d.pop("nope")
except KeyError as e:
    print(repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(e)
print(list(reversed(d)), list(reversed(d.items())), dict.fromkeys("abc", 0), dict(zip("xy", [1, 2]), w=0))
a = [1, 2]; a.append(a); print(a, repr(a))
dd = {"k": 1}; dd["self"] = dd; print(dd)
print([1, 2] < [1, 2, 3], (1, "a") < (1, "b"), [[1], [2]] > [[1], [1, 5]], (1, 2) == (1, 2.0), {1, 2} < {1, 2, 3}, {1} <= {1})
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    sorted([{1}, {2}, 3])
except TypeError as e:
    print(e)
try:
    max([], key=len)
except ValueError as e:
    print(e)
print(max([], default="none"), min("bca"), max([3, 1, 2], key=lambda x: -x))
s = {3, 1, 2}; s.add(5); s.discard(9); print(sorted(s), s.pop() in {1, 2, 3, 5}, {1, 2} ^ {2, 3}, {1, 2}.isdisjoint([3]))
fs = frozenset([1, 2]); print(fs, frozenset(), set(), {frozenset([1])}, fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__)
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    {1}.remove(2)
except KeyError as e:
    print(repr(e))
print(d.keys(), d.values(), d.items(), type(d.keys()).__name__)
t = (1, [2, 3]); t[1].append(4); print(t, t.count(1), t.index([2, 3, 4]))
try:
    t[0] = 5
except TypeError as e:
    print(e)
print(list(range(10, 0, -3)), range(0, 10, 2)[1:3], range(5)[-1], len(range(0, -10, -3)), 4 in range(0, 10, 2), range(3) == range(0, 3, 1))
print(repr(range(1, 5, 2)), range(10).index(7), range(0, 20, 5).count(10), reversed(range(3)).__class__.__name__)
l2 = [5, 3, 8]; l2.sort(reverse=True); print(l2, l2.copy(), l2 * 2, l2.clear(), l2)
lst = [3, 1, 2]; lst += (9,); lst.extend({7: 1}); print(lst, lst.reverse(), lst)
try:
    lst + (1,)
except TypeError as e:
    print(e)
nested = {"x": [1, {"y": (2, 3)}], "z": None}; print(nested, str(nested) == repr(nested))
print({1: "a", True: "b", 1.0: "c"}, {0: 1, False: 2}, {-0.0: 1, 0: 2})
print(dict(a=1) == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"b": 1, "a": 2}))
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
import sys
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1]), file=sys.stderr)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(["a10", "a2", "a1"], key=lambda s: int(s[1:])))
