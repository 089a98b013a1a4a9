"""`x in list` and `x in tuple`: the order of comparisons, __eq__ side effects, identity
before equality, and a list that changes while it is scanned."""

log = []


class Key:
    def __init__(self, name, equal_to=None):
        self.name = name
        self.equal_to = equal_to

    def __eq__(self, other):
        log.append(f"{self.name}.__eq__({other!r})")
        if isinstance(other, Key):
            return self.equal_to == other.name
        return other == self.equal_to

    def __repr__(self):
        return f"Key({self.name})"

    __hash__ = None


def show(label, result):
    print(f"{label}: {result}  calls={log}")
    log.clear()


# Plain values: ints, floats, strings, mixed numeric types.
nums = [3, 1, 4, 1, 5, 9, 2, 6]
for probe in (4, 7, 4.0, True, 1.5, "4", None):
    print(repr(probe), probe in nums, probe not in nums)
words = ["pear", "apple", "fig"]
print("fig" in words, "Fig" in words, "" in words, "app" in words)
print((1, 2) in [(1, 2), (3, 4)], [1, 2] in [(1, 2)], (1, [2]) in [(1, [2])])
print(2 ** 70 in [2 ** 70], 2 ** 70 + 1 in [2 ** 70], 1.0 in [True])

# NaN: identity settles it, equality never does.
nan = float("nan")
print(nan in [nan], float("nan") in [nan], nan in [float("nan")], nan in (1, nan))

# The element's __eq__ runs first (element == probe); a probe that is an instance gets its
# reflected __eq__ only when the element's says NotImplemented.
items = [1, Key("a", equal_to=7), 2, Key("b", equal_to=5)]
show("5 in items", 5 in items)
show("7 in items", 7 in items)
show("8 in items", 8 in items)
show("Key(q) in ints", Key("q", equal_to=3) in [1, 2, 3, 4])
show("Key(r) in tuple", Key("r", equal_to=9) in (1, 2, 3))
k = Key("same", equal_to=None)
show("identity", k in [0, k])

# A comparison that mutates the list: the scan continues over the list as it is now.
class Shrinker:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        if len(self.target) > 2:
            removed = self.target.pop()
            log.append(f"popped {removed}")
        return False

    __hash__ = None


data = [Shrinker(None), 10, 20, 30, 40, 50]
data[0].target = data
show("50 in shrinking", 50 in data)
print("left:", len(data), data[1:])


class Grower:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        if len(self.target) < 8:
            self.target.append(other)
            log.append(f"appended {other}")
        return False

    __hash__ = None


grow = [Grower(None), 1]
grow[0].target = grow
show("99 in growing", 99 in grow)
print("now:", grow[1:])


# An __eq__ that raises stops the scan with its error.
class Boom:
    def __eq__(self, other):
        raise ValueError(f"cannot compare with {other!r}")

    __hash__ = None


try:
    print(3 in [1, 2, Boom(), 3])
except ValueError as e:
    print("ValueError:", e)
print(1 in [1, Boom()], "scan stopped before Boom")

# __eq__ returning a non-bool: its truth value counts.
class Truthy:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v

    __hash__ = None


print("x" in [Truthy(0), Truthy("")], "x" in [Truthy([]), Truthy([0])])

# Subclasses of list and tuple, and big lists.
class MyList(list):
    pass


ml = MyList(range(0, 100, 3))
print(33 in ml, 34 in ml, len(ml))
big = list(range(10000))
print(sum(1 for i in range(0, 20000, 7) if i in big))
strs = [str(i) for i in range(500)]
print(sum(1 for i in range(0, 1000, 3) if str(i) in strs))
print(sum(1 for w in ("a", "b", "c") * 100 if w in ("c", "d")))
