# What the eval loop's list-subscript, mixed-number, string-compare, loop-iterator and
# operator-method shortcuts must keep: every case they skip behaves as the general path does.
import sys


def list_items():
    a = [10, 20, 30]
    i = 1
    j = -1
    print(a[0], a[i], a[j], a[-3], a[2])
    for k in (3, -4, True, False):
        try:
            print("index", k, a[k])
        except IndexError as e:
            print("IndexError", e)
    t = (1, 2, 3)
    d = {0: "zero", 1: "one"}
    s = "abc"
    print(t[0], t[i], d[0], d[i], s[0], s[i])
    try:
        d[5]
    except KeyError as e:
        print("KeyError", e)
    unbound_index()


def unbound_index():
    a = [1, 2]
    try:
        print(a[k])
        k = 0
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


class Logged(list):
    def __getitem__(self, i):
        print("  get", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("  set", i, v)
        list.__setitem__(self, i, v)


class Box:
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data.get(k, 0)

    def __setitem__(self, k, v):
        print("  box set", k, v)
        self.data[k] = v


def augmented():
    v = [1.5, 2.5, 3.5]
    v[0] -= 0.5
    v[1] *= 2
    v[-1] += 1
    print(v)
    n = [1, 2, 3]
    n[0] += 10
    n[2] //= 2
    n[1] **= 3
    print(n)
    words = ["a", "b"]
    words[0] += "x"
    words[1] *= 3
    print(words)
    nested = [[1, 2], [3, 4]]
    nested[1] += [5]
    print(nested)
    for k in (5, -5):
        try:
            v[k] += 1.0
        except IndexError as e:
            print("IndexError", e)
    try:
        v[0] += "s"
    except TypeError as e:
        print("TypeError", e)
    print(v)
    lg = Logged([1, 2, 3])
    lg[1] += 5
    print(lg)
    b = Box()
    b["x"] += 3
    b["x"] -= 1
    print(b.data)
    t = (1, 2)
    try:
        t[0] += 1
    except TypeError as e:
        print("TypeError", e)
    d = {"k": 1}
    d["k"] += 1
    print(d)
    alias = [0, 0]
    other = alias
    for i in range(4):
        alias[i % 2] += i
    print(alias, other is alias)


def mixed_numbers():
    x = 1.5
    n = 3
    print(x + n, n + x, x - n, n - x, x * n, n * x, x / n, n / x)
    big = 2**60 + 1
    print(big + 0.5, 0.5 + big, big * 1.0, big / 3.0, float(big))
    print(-(2**63) * 1.0, (2**63 - 1) + 0.0)
    for num, den in ((1.0, 0), (1, 0.0), (0, 0.0), (2.5, False)):
        try:
            print(num / den)
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
    print(7.5 // 2, 7.5 % 2, 2**0.5, 3 % 2.5)
    print(True + 0.5, 0.5 * False)
    print(x < n, n < x, x == 1.5, 2 == 2.0, 2.0 != 2, n >= 3.0, 3.0 <= n)
    print(2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53, -(2**53) - 1 < -(2.0**53))
    print(2**70 > 1e20, 1e30 > 2**70, float("nan") < 1, 1 < float("inf"))
    y = 0.1
    y += 2
    y -= 1
    y *= 3
    y /= 4
    print(y)


def strings():
    s = 'ab"c'
    same = 0
    diff = 0
    for c in s:
        if c == '"':
            same += 1
        if c != "a":
            diff += 1
    print(same, diff)
    w = "word"
    print(w == "word", w != "word", w == "wordy", "" == "", "é" == "é", "a" < "b", "b" <= "a")
    print("x" == 1, 1 == "x", "x" != None, "a" < "ab")
    try:
        print("a" < 1)
    except TypeError as e:
        print("TypeError", e)

    class S(str):
        def __eq__(self, other):
            return "custom"

    print(S("a") == "a", "a" == S("a"))


def loops():
    total = 0
    for i in range(10, 0, -3):
        total += i
    print(total, [i for i in range(5, 5)], list(range(0, 10, 4)))
    items = [1, 2, 3]
    seen = []
    for x in items:
        seen.append(x)
        if x == 2:
            items.append(99)
        if len(items) > 6:
            break
    print(seen, items)
    shrink = [1, 2, 3, 4]
    for x in shrink:
        shrink.remove(x)
    print(shrink)
    r = range(3)
    it = iter(r)
    for x in it:
        print("range item", x, list(it))
    li = iter([1, 2, 3])
    next(li)
    for x in li:
        print("list item", x)
    print(list(li))
    for a, b in [(1, 2), (3, 4)]:
        print(a, b)
    for a, b in {"p": 1, "q": 2}.items():
        print(a, b)
    try:
        for a, b in [(1, 2, 3)]:
            pass
    except ValueError as e:
        print("ValueError", e)
    x = 0 and 1
    y = "" or "default"
    z = True and "yes"
    w = False or 0
    u = [] and 5
    print(x, y, z, w, u)


class V:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        return NotImplemented

    def __radd__(self, o):
        return V(self.x + o)

    def __repr__(self):
        return f"V({self.x})"


class W(V):
    __slots__ = ()

    def __radd__(self, o):
        return "W.__radd__"


class Other:
    def __radd__(self, o):
        return "Other.__radd__"


def operators():
    a, b = V(1), V(2)
    out = []
    for _ in range(3):
        out.append(a + b)
    print(out)
    print(a + W(5), 5 + a)
    print(a + Other())
    try:
        a + "s"
    except TypeError as e:
        print("TypeError", e)
    results = []
    for step in range(4):
        if step == 1:
            V.__add__ = lambda self, o: "patched"
        if step == 2:
            V.__iadd__ = lambda self, o: "in place"
        if step == 3:
            del V.__add__
        c = V(1)
        try:
            results.append(c + V(2))
        except TypeError as e:
            results.append("TypeError: " + str(e))
        c += V(3)
        results.append(c)
    print(results)
    items = [P(1), Q(2), P(3), R(4), Q(5), S(6), P(7)]
    for it in items:
        try:
            print(it + P(10), it - 1)
        except TypeError as e:
            print("TypeError", e)


class P:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return ("P+", self.n, o.n)

    def __sub__(self, o):
        return ("P-", self.n, o)


class Q(P):
    def __add__(self, o):
        return ("Q+", self.n, o.n)


class R(P):
    pass


class S(P):
    def __sub__(self, o):
        return NotImplemented

    def __rsub__(self, o):
        return "unused"


def deep_traceback():
    # An error raised at the fused subscript store names the statement's line.
    v = [1.0]
    v[3] += 1.0


list_items()
augmented()
mixed_numbers()
strings()
loops()
operators()
sys.stdout.flush()
deep_traceback()
