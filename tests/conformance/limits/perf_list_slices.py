# What the eval loop's unboxed list slicing (`a[i:j]`, `a[i:j] = b` right where the slice is
# built) must keep: every bound, step and error of the general path.


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("  __index__", self.n)
        return self.n


class Shrinker:
    def __init__(self, victim, n):
        self.victim = victim
        self.n = n

    def __index__(self):
        del self.victim[2:]
        return self.n


def reads():
    a = list(range(10))
    k = 4
    print(a[:], a[2:5], a[k:], a[:k], a[-3:], a[:-3], a[k::-1], a[::-1], a[::2], a[1::3])
    print(a[8:2:-2], a[2:8:-1], a[100:], a[-100:2], a[5:5], a[k:k + 1], a[-1::-1], a[3::-1])
    print(a[Idx(1):Idx(4)], a[None:None:None], a[True:3])
    b = [1, 2, 3, 4, 5]
    print(b[Shrinker(b, 4)::-1], b)
    c = [1, 2, 3, 4, 5]
    print(c[: Shrinker(c, 5)], c)
    for bad in (0, "x", 1.5):
        try:
            print(a[::bad])
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        print(a["x":])
    except TypeError as e:
        print("TypeError", e)
    t = tuple(a)
    s = "abcdefghij"
    print(t[k::-1], s[k::-1], s[2:5], t[:2])


class LoggedList(list):
    def __getitem__(self, k):
        print("  get", k)
        return list.__getitem__(self, k)

    def __setitem__(self, k, v):
        print("  set", k, v)
        list.__setitem__(self, k, v)


def writes():
    perm = [3, 1, 2, 0, 4]
    k = perm[0]
    flips = 0
    while k:
        perm[: k + 1] = perm[k::-1]
        flips += 1
        k = perm[0]
    print(perm, flips)
    a = list(range(6))
    a[1:3] = ["x", "y", "z"]
    print(a)
    a[::2] = [0, 0, 0, 0]
    print(a)
    a[:0] = (9, 8)
    print(a)
    a[len(a):] = iter("pq")
    print(a)
    a[2:5] = []
    print(a)
    a[:] = a
    print(a)
    b = [1, 2, 3]
    b[1:] = b
    print(b)
    c = [1, 2, 3, 4]
    c[::-1] = c
    print(c)
    try:
        a[::2] = [1]
    except ValueError as e:
        print("ValueError", e)
    try:
        a[1:2] = 5
    except TypeError as e:
        print("TypeError", e)
    try:
        a[::3] = 5
    except TypeError as e:
        print("TypeError", e)
    try:
        a[::0] = []
    except ValueError as e:
        print("ValueError", e)
    d = [0, 1, 2, 3]
    d[Idx(1) : Idx(3)] = "ab"
    print(d)
    lg = LoggedList([1, 2, 3, 4])
    lg[1:3] = [7]
    print(lg[::-1], lg)
    t = (1, 2, 3)
    try:
        t[0:1] = [5]
    except TypeError as e:
        print("TypeError", e)
    m = {}
    try:
        m[1:2] = 3
    except TypeError as e:
        print("TypeError", e)
    print(m)


def fails_in_slice():
    a = [1, 2, 3]
    step = 0
    return a[::step]


reads()
writes()
try:
    fails_in_slice()
except ValueError as e:
    print("ValueError", e)
a = [1, 2, 3]
a[1:2] = None
