# Sets print in CPython's table order. The suite runs with PYTHONHASHSEED=0, under which
# str and bytes hashes are CPython's SipHash with a zero key, so sets of strings iterate
# exactly as CPython's do; int, float and tuple orders do not depend on the seed at all.

# Displays of constants are frozenset constants, rebuilt once by the compiler.
print({3, 1, 2}, {100, 37, 5}, {100, 37, 5, 64, 1000, -1, -5}, {100, 37})
print({1.5, 2.5, 0.5}, {(1, 2), (0, 1), (5,)}, {True, 2, 0}, {-1, -2, -3})
x = [100, 37, 5, 64, 1000]
# Non-constant displays add item by item.
print({x[0], x[1], x[2], x[3], x[4]}, {*x}, {*x, 7}, {7, *x})
# set(), update() and | merge tables, growing first as CPython does.
print(set(x), set(set(x)), frozenset(x), set(frozenset(x)))
s = {1, 2}
s.update({100, 37, 5, 64, 1000, 200, 300, 33})
print(s)
s = {1, 2}
s.update(dict.fromkeys([100, 37, 5, 64, 1000, 200, 300, 33]))
print(s)
s = {1, 2}
s.update([100, 37, 5, 64, 1000, 200, 300, 33])
print(s)
a, b = {100, 37, 5}, {64, 1000, 33, 65}
print(a | b, b | a, a.union(b, [9, 77]), a & b, a - b, a ^ b)
t = set()
t |= {100, 37, 5, 64, 1000}
print(t, {i for i in (100, 37, 5, 64, 1000)})
for v in {100, 37, 5, 64, 1000, 3}:
    print(v, end=" ")
print()
print([v for v in {100, 37, 5, 64, 1000, 3}], 37 in {100, 37, 5}, 4 not in {100, 37, 5})

# Strings and bytes (seed 0).
words = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]
print(set(words), {"apple", "banana", "cherry"}, set("hello world"), set("mississippi"))
print({b"ab", b"cd", b"ef"}, {("a", 1), ("b", 2), ("c", 3)}, {"héllo", "wörld", "日本", "x"})
seen = set()
for w in "the quick brown fox jumps over the lazy dog the end".split():
    seen.add(w)
print(seen, len(seen))
print(frozenset(words) | {"kiwi"}, set(words) - {"fig", "date"}, {w[0] for w in words})
print(hash(""), hash(b""), hash("a") == hash(b"a"), hash("abc"), hash(b"abc"), hash("héllo"), hash("日本"))

# Other hashes programs print.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61), hash(2**61 - 1), hash(-2**61), hash(10**30))
print(hash(1.0), hash(2.5), hash(-1.0), hash(1e100), hash(float("inf")), hash(0.1), hash(-0.0))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(True), hash(1 + 2j))
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([1])), hash(frozenset(range(100))))
print(hash(frozenset(["a", "b"])) == hash(frozenset(["b", "a"])), hash(frozenset({"x", "y", "z"})))
for view in ({1: 2}.keys(), {1: 2}.items()):
    try:
        hash(view)
    except TypeError as e:
        print(e)
print(type({}.keys()).__hash__, type({}.items()).__hash__, type({}.values()).__hash__ is None)
