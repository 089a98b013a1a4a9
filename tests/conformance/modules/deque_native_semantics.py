# collections.deque: queues, sliding windows, rotation, subclasses, and the errors CPython gives.
import copy
import pickle
from collections import deque


def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], 3 in d, 9 in d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d, d.pop(), d.popleft(), d)
d.reverse()
print(d, d.count(3), d.index(3), d.index(2, 1), d.index(2, -5, -1))
d.insert(2, "x")
print(d)
d.remove("x")
d[0] = "first"
del d[1]
print(d, list(reversed(d)))

window = deque(maxlen=3)
averages = []
for value in [10, 20, 30, 40, 50, 60]:
    window.append(value)
    averages.append(sum(window) / len(window))
print(window, window.maxlen, averages)
window.appendleft(-1)
print(window)
window.extend(range(10, 20))
print(window, deque(maxlen=0), deque("abc", maxlen=0))

# A BFS over a small grid.
grid = ["..#.", "..#.", "....", "#..."]
start, goal = (0, 0), (0, 3)
queue = deque([(start, 0)])
seen = {start}
while queue:
    (r, c), dist = queue.popleft()
    if (r, c) == goal:
        print("shortest path", dist)
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 4 and 0 <= nc < 4 and grid[nr][nc] == "." and (nr, nc) not in seen:
            seen.add((nr, nc))
            queue.append(((nr, nc), dist + 1))

# Both ends at scale.
big = deque()
for i in range(5000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
for i in range(3000):
    big.appendleft(-i)
print(len(big), big[0], big[-1], big[2999], big[3000], sum(big))
while len(big) > 2:
    big.popleft()
    big.pop()
print(big)

show("insert full", lambda: deque([1, 2], maxlen=2).insert(0, 1))
show("pop empty", lambda: deque().pop())
show("popleft empty", lambda: deque().popleft())
show("index missing", lambda: deque([1]).index(5))
show("remove missing", lambda: deque([1]).remove(5))
show("bad index", lambda: deque([1])[5])
show("slice", lambda: deque([1])[0:1])
show("str index", lambda: deque([1])["a"])
show("negative maxlen", lambda: deque([], -1))
show("str maxlen", lambda: deque([], "a"))
show("add list", lambda: deque([1]) + [2])
show("too many", lambda: deque([1], 2, 3))
show("bad keyword", lambda: deque(foo=1))
show("hash", lambda: hash(deque()))
show("attribute", lambda: setattr(deque(), "foo", 1))

q = deque([1, 2, 3])
try:
    for x in q:
        if x == 2:
            q.append(9)
except RuntimeError as e:
    print("RuntimeError:", e)
q = deque([1, 2, 3])
for x in q:
    q[0] = 5
print(q, list(iter(q)), next(reversed(q)))

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) < deque([2]),
      deque([1, 2]) != deque([1]), deque([1, 2]) >= deque([1, 2]))
print(deque([1]) + deque([2]), deque([1, 2]) * 2, 2 * deque([3]), deque("abc", maxlen=2) * 2)
f = deque([1])
f += [2, 3]
f *= 2
print(f)
g = deque(range(5), maxlen=4)
print(g, copy.copy(g), copy.deepcopy(g), g.copy(), pickle.loads(pickle.dumps(g)))
r = deque()
r.append(r)
print(r, repr(deque("ab")), str(deque([None])))


class History(deque):
    def record(self, item):
        self.append(item)


h = History([1], maxlen=3)
for i in range(2, 6):
    h.record(i)
print(h, type(h.copy()).__name__, isinstance(h, deque), h + deque([9]))
print(bool(deque()), bool(deque([0])), sum(deque(range(10))), sorted(deque([3, 1, 2])),
      max(deque([4, 9])), list(enumerate(deque("ab"))))
e = deque([1, 2, 3])
print(e.clear(), e, list(e), deque(iterable=[1], maxlen=5))
x = deque([1, 2, 3])
x.extend(x)
print(x, deque.__name__, deque.__module__, type(iter(x)).__name__)


def take(q: deque[int]) -> deque[str]:
    return q


print(take(deque([1])), deque[int])
