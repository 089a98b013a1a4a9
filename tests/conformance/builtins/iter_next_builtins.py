it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"), next(it, None))
lines = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(lines), "STOP")))
print(list(iter("abc")), list(iter({"x": 1})), list(iter((1, 2))))
class Reader:
    def __init__(self): self.n = 0
    def read(self):
        self.n += 1
        return self.n if self.n < 5 else 0
r = Reader()
print(list(iter(r.read, 0)))
print(list(enumerate("abc", start=-1)), list(zip(*zip([1, 2], [3, 4]))))
print(sorted("Zebra apple Mango".split(), key=str.casefold), sorted([3, 1, 2], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("xy")))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(all([]), any([]), all([1, "a", [0]]), any([0, "", None]), all(x < 5 for x in range(5)))
print(len("abc"), len([1] * 7), len({}), len(range(0, 100, 7)), len(b"xy"), len({1: 2, 3: 4}))
