# What the in-line fast paths for small-int arithmetic, list slicing and set merging must keep:
# Python's floor semantics for negative operands, promotion past 64 bits, shifts and bitwise
# operators; slices with negative steps, out-of-range bounds and `__index__` bounds; set
# union / update order, and keys whose equality runs Python code.
import sys

print("-- int arithmetic")
vals = [0, 1, -1, 2, -2, 7, -7, 13, -13, sys.maxsize, -sys.maxsize - 1, 2**62, -(2**62)]
divs = [1, -1, 2, -2, 3, -3, 7, -7, sys.maxsize]
for x in vals:
    row = []
    for y in divs:
        row.append((x // y, x % y, x * y, x & y, x | y, x ^ y))
    print(x, row)
for x in vals:
    print(x, [x >> s for s in (0, 1, 2, 31, 62, 63, 64, 65, 200)])
for x in (3, -3, sys.maxsize):
    try:
        print(x // 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(x % 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(x >> -1)
    except ValueError as e:
        print("ValueError", e)
m = sys.maxsize
print(m * m, m * -m, (m + 1) // 3, -m // 1, (-m - 1) // -1, (-m - 1) % -1)
n = 7
n *= 6
n //= 4
n %= 4
n &= 3
n |= 8
n ^= 5
n >>= 1
print(n, True * 5, True // 1, 5 % True, True & 3, True >> 0)
t = 0
for i in range(-50, 50):
    t += (i * 37) // 11 + (i * 37) % 11 - (i ^ 5) + (i | 3) - (i & 12) + (i >> 2)
print(t)

print("-- list slices")
a = list(range(10))
for s in [
    slice(None, None, -1), slice(5, None, -1), slice(None, 3, -1), slice(8, 2, -2),
    slice(-1, -11, -1), slice(100, -100, -3), slice(2, 8), slice(-100, 100),
    slice(7, 3), slice(None, None, 3), slice(3, 3, -1), slice(0, 0, -1),
]:
    print(s, a[s], tuple(a)[s], "abcdefghij"[s])


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(a[Idx(7):Idx(2):Idx(-2)], a[True:Idx(-1)], a[::Idx(4)])
for bad in ("x", 1.5):
    try:
        print(a[bad:])
    except TypeError as e:
        print("TypeError", e)
try:
    print(a[::0])
except ValueError as e:
    print("ValueError", e)
perm = list(range(8))
flips = 0
for k in (3, 7, 1, 5, 0, 6):
    perm[: k + 1] = perm[k::-1]
    flips += perm[0]
print(perm, flips)
b = list(range(10))
b[::-2] = "abcde"
print(b)
c = [1, 2, 3]
print(c.pop(0), c.pop(-1), c.pop(Idx(0)), c)
c.insert(0, "a")
c.insert(-100, "b")
c.insert(100, "c")
c.insert(Idx(1), "d")
c.insert(True, "e")
print(c, c.pop(True))
for call in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].pop("x"), lambda: [1].insert("x", 2)):
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

print("-- set union and update")
x = set(range(0, 60, 3))
y = set(range(0, 90, 7))
z = {2.0, 3.0, 1 << 70, -5, (1, 2)}
print(x | y)
print(y | x)
print(x | z)
w = set(x)
w |= y
print(w)
w.update(z, range(-3, 3), [99, 98])
print(w)
print(x.union(y, z, [1000]))
print(frozenset(x) | y, type(frozenset(x) | y).__name__)
d = set(range(20))
for i in range(0, 20, 2):
    d.discard(i)
d |= {0, 2, 4, 100, 200}
print(d)


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 3

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return f"K{self.v}"


p = {Key(i) for i in range(6)}
q = {Key(i) for i in range(3, 9)}
r = p | q
print(len(r), sorted(k.v for k in r))
p2 = set(p)
p2.update(q, [Key(1), Key(20)])
print(len(p2), sorted(k.v for k in p2), Key.calls > 0)
mixed = {1, 2, Key(4)} | {Key(4), 1, 2.0, 3}
print(len(mixed), sorted(repr(k) for k in mixed))
