import heapq, bisect
from collections import deque, Counter, OrderedDict, defaultdict, namedtuple
lst = list(range(10))
lst[2:5] = ["a", "b"]
print(lst)
lst[::3] = [0] * len(lst[::3])
print(lst)
del lst[1::2]
print(lst, lst.index(0, 1), lst.count(0))
lst.insert(-1, "ins"); lst.insert(100, "end"); lst.insert(-100, "start")
print(lst)
lst.extend(range(3)); lst += "xy"; print(lst, lst * 0, [[]] * 2)
a = [3, 1, 2]; b = a; a += [4]; print(b, a is b)
t = (1, 2); u = t; t += (3,); print(u, t)
print([1, 2, 3] < [1, 3], (1, 2) < (1, 2, 0), [1, "a"] == [1, "a"], "abc" < "abd" < "b", [] < [0])
nums = [5, 3, 8, 1, 9, 2]
print(sorted(nums, reverse=True), nums.sort(key=lambda x: -x) or nums, list(reversed(nums)))
recs = [("bob", 25, "ny"), ("amy", 30, "la"), ("cat", 25, "sf"), ("dan", 30, "ny")]
print(sorted(recs, key=lambda r: (r[1], r[0])), sorted(recs, key=lambda r: r[2]))
from operator import itemgetter, attrgetter, methodcaller
print(sorted(recs, key=itemgetter(1, 2)), list(map(itemgetter(0), recs)), methodcaller("upper")("x"))
print(heapq.nlargest(3, nums), heapq.nsmallest(2, recs, key=itemgetter(1)), list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
h = []
for x in [5, 7, 9, 1, 3]:
    heapq.heappush(h, (x % 3, x))
print(h, heapq.heappop(h), heapq.heappushpop(h, (0, 0)), heapq.heapreplace(h, (9, 9)), h)
hs = [9, 8, 7, 6, 5, 4]; heapq.heapify(hs); print(hs)
sc = [10, 20, 30, 40]
print(bisect.bisect_left(sc, 20), bisect.bisect_right(sc, 20), bisect.bisect(sc, 25), bisect.insort(sc, 25) or sc)
print(bisect.bisect_left(recs, 30, key=itemgetter(1)) if hasattr(bisect, "bisect") else "")
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
dq = deque(range(5), maxlen=5)
dq.append(5); dq.appendleft(-1); print(dq, dq.maxlen)
dq.rotate(2); print(dq); dq.rotate(-3); print(dq, dq[0], dq[-1], len(dq))
dq.extendleft([10, 11]); print(dq, dq.count(10), 11 in dq)
print(deque([1, 2, 3]) == deque([1, 2, 3]), list(deque("abc")), deque(), deque([1], maxlen=0))
d = {"b": 2, "a": 1, "c": 3}
print(d.keys() & {"a", "z"}, sorted(d.keys() | {"z"}), sorted(d.items() - {("a", 1)}), list(d.values()), "a" in d.keys(), ("a", 1) in d.items())
print(dict.fromkeys("abc", 0), d | {"d": 4}, {**d, "a": 99}, dict(zip("xy", [1, 2]), z=3), dict([("k", "v")]))
d2 = d.copy(); d2.update(a=10, e=5); d2.setdefault("f", []).append(1); print(d2, d2.pop("e"), d2.pop("nope", None), d)
print(list(reversed(d)), list(reversed(d.items())), next(iter(d.values())), min(d, key=d.get), sorted(d, key=d.__getitem__, reverse=True))
del d["b"]; d["b"] = 0; print(d, len(d), list(d)[-1])
c = Counter(a=3, b=1); c.update("aab"); c.subtract({"b": 5}); print(c, c.total(), sorted(c.elements()), c.most_common()[-1])
print(Counter("hello world").most_common(3), Counter([1, 1, 2]) + Counter([2, 3]), Counter({"x": 0, "y": -1}) + Counter())
od = OrderedDict.fromkeys("abcde"); od.move_to_end("b"); print(list(od), od == OrderedDict.fromkeys("acdeb"), od.popitem())
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]: dd[k].append(v)
print(dd, dict(dd), dd["q"], len(dd), defaultdict(int, {"a": 1}))
s = {3, 1, 2}
s2 = frozenset([2, 3, 4])
print(s & s2, s | s2, s ^ s2, s - s2, s <= {1, 2, 3, 4}, s.isdisjoint({9}), s.issuperset({1}), frozenset() == set(), {frozenset({1}): "fs"})
s.add(10); s.discard(99); s.update([7, 8], {9}); print(sorted(s), s.pop() in range(100), len(s))
print(sorted({"pear", "apple", "fig"}), sorted({(2, "b"), (1, "z"), (1, "a")}), {1, 2, 3} == {3, 2, 1}, set("aabbc") == {"a", "b", "c"})
m = [[0] * 3 for _ in range(3)]
for i in range(3): m[i][i] = 1
print(m, [row[::-1] for row in m], list(zip(*m)), [x for row in m for x in row if x])
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))), [[r[c] for r in [[1, 2], [3, 4]]] for c in range(2)])
first, *middle, last = range(6); print(first, middle, last)
(a, b), c = (1, 2), 3; print(a, b, c)
x = y = []; x.append(1); print(y)
print(*[1, 2], *"ab", sep="-", end="!\n")
print({**{"a": 1}, **{"b": 2}}, [*range(3), *(4, 5)], {*"ab", *"bc"} == {"a", "b", "c"})
P = namedtuple("P", ["x", "y"]); pp = P(1, y=2); print(pp, pp._asdict(), P._fields, pp.x + pp[1], P(*(3, 4)), isinstance(pp, tuple))
print(sum([[1], [2, 3]], []), sum([0.1] * 10), sum(range(101)), sum([1, 2], start=10), max("hello"), min([3, 1], default=0), max([], default="empty"))
print(any(x > 2 for x in [1, 3]), all([]), any([]), list(range(10, 0, -3)), range(0, 10, 2)[1:3], range(5)[-1], len(range(0, 100, 7)), 14 in range(0, 100, 7))
print(list(filter(lambda kv: kv[1] > 1, {"a": 1, "b": 2}.items())), dict(sorted({"b": 1, "a": 2}.items())))
print(sorted(["B", "a", "C", "b"]), sorted(["B", "a", "C", "b"], key=str.lower), sorted(["10", "9", "100"], key=int), sorted([3.5, 1, 2.25, True]))
