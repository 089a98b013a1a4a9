d = {"a": 1, "b": 2, "c": 3}
k = d.keys(); i = d.items(); v = d.values()
print(k & {"a", "z"}, k | ["q"], k - {"a"}, k ^ {"a", "q"}, i & {("a", 1)}, i - {("a", 1)}, sorted(i | {("z", 0)}))
print(k == {"a", "b", "c"}, k <= {"a", "b", "c", "d"}, k < {"a", "b", "c"}, i >= {("a", 1)}, k.isdisjoint(["x"]), i.isdisjoint([("a", 2)]))
print({"a", "b"} & k, ["a"] and k, {("a", 1)} ^ i if False else 0)
print(repr(k), repr(v), repr(i), reversed(k).__class__.__name__, list(reversed(i)), len(v), 2 in v, ("a", 1) in i, ("a", 2) in i, (["x"], 1) in i if False else 0)
print(v == v, v == d.values())
try:
    d.keys() + 1
except TypeError as e:
    print("TE", e)
try:
    {"a": 1} | [("b", 2)]
except TypeError as e:
    print("TE", e)
e = dict(d); e |= [("z", 26)]; print(e)
try:
    e |= 5
except TypeError as ex:
    print("TE", ex)
try:
    dict([1, 2])
except TypeError as ex:
    print("TE", ex)
try:
    dict([(1, 2, 3)])
except ValueError as ex:
    print("VE", ex)
try:
    dict(["ab", "cde"])
except ValueError as ex:
    print("VE", ex)
try:
    {}.pop("x")
except KeyError as ex:
    print("KE", ex)
try:
    {}.popitem()
except KeyError as ex:
    print("KE", ex)
try:
    {[1]: 2}
except TypeError as ex:
    print("TE", ex)
try:
    {}.fromkeys(1)
except TypeError as ex:
    print("TE", ex)
print(dict.fromkeys(["a", "b"], []), dict.fromkeys("xy"), {}.get("a"), d.setdefault("d", 4), d, d.update(e=5), d.update([("f", 6)], g=7), d)
try:
    d.update(1)
except TypeError as ex:
    print("TE", ex)
try:
    d.update([1])
except TypeError as ex:
    print("TE", ex)
try:
    d.get()
except TypeError as ex:
    print("TE", ex)
try:
    d.setdefault()
except TypeError as ex:
    print("TE", ex)
try:
    for kk in d:
        d[kk + "x"] = 1
except RuntimeError as ex:
    print("RE", ex)
s = {3, 1, 2}
print(s.union([5], (6,)), s.intersection([1, 2], {2}), s.difference(), s.symmetric_difference([1, 9]), s.issubset(range(5)), s.issuperset([1]), frozenset(s) | {7}, type(frozenset(s) | {7}).__name__, type({7} | frozenset(s)).__name__)
try:
    s | [1]
except TypeError as ex:
    print("TE", ex)
try:
    s.remove(99)
except KeyError as ex:
    print("KE", ex)
try:
    set().pop()
except KeyError as ex:
    print("KE", ex)
try:
    {[1]}
except TypeError as ex:
    print("TE", ex)
try:
    s.add({1})
except TypeError as ex:
    print("TE", ex)
print({1} in {frozenset({1})}, set() == frozenset(), {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), {1, 2}.__lt__([1, 2, 3]))
s2 = {1, 2, 3}; s2 -= {1}; s2 &= {2, 3, 4}; s2 ^= {9}; s2 |= {0}; print(sorted(s2))
s2.difference_update([0], [9]); s2.intersection_update({2, 3}, [3]); s2.symmetric_difference_update([5]); s2.update([7], "a"); print(sorted(s2, key=str))
print(repr(set()), repr(frozenset()), repr(frozenset([1])), repr({(1, 2)}), set("aab") == {"a", "b"}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    for x in s2:
        s2.add(x * 100)
except RuntimeError as ex:
    print("RE", ex)
l = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(l), sorted(l, key=lambda t: t[0]), sorted(l, key=lambda t: t[0], reverse=True), sorted(l, reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as ex:
    print("TE", ex)
try:
    sorted([(1, 2), (1, "a")])
except TypeError as ex:
    print("TE", ex)
try:
    [3, 1].sort(lambda x: x)
except TypeError as ex:
    print("TE", ex)
try:
    sorted([{1}, {2}, {1, 2}]); print(sorted([{1, 2}, {1}, {3}]))
except TypeError as ex:
    print("TE", ex)
try:
    sorted([None, 1])
except TypeError as ex:
    print("TE", ex)
try:
    max([])
except ValueError as ex:
    print("VE", ex)
print(max([], default=0), min("bca"), max([1, 3, 2], key=lambda x: -x), sorted("Banana", key=str.lower), sorted([1.5, 1, True, 0]))
lst = [5, 3]
try:
    lst.sort(key=lambda x: (lst.append(1), x)[1])
except ValueError as ex:
    print("VE", ex)
print({**{"a": 1}, "b": 2, **{"a": 3}}, dict(a=1, **{"b": 2}), list({1: 1, True: 2, 1.0: 3}.items()))
