# collections.deque: both ends, maxlen, rotation, indexing, comparisons, a BFS.
from collections import deque

d = deque()
print(d, len(d), bool(d))
d = deque("ghi")
d.append("j")
d.appendleft("f")
print(d, len(d), list(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
print(list(reversed(d)), "h" in d, "z" in d)
d.extend("jkl")
d.extendleft("abc")
print(d)
d.rotate(1)
print(d)
d.rotate(-1)
print(d)
d.rotate(3)
print(d)
d.rotate(-10)
print(d)
d.clear()
print(d)
try:
    d.pop()
except IndexError as e:
    print("IndexError", e)
try:
    d.popleft()
except IndexError as e:
    print("IndexError", e)

print("maxlen")
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(last3)
print(last3.maxlen, deque().maxlen)
last3.appendleft(-1)
print(last3)
last3.extend([10, 11])
print(last3)
last3.extendleft([20])
print(last3)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z)
print(deque(range(10), maxlen=4))
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError", e)
try:
    last3.maxlen = 5
except AttributeError:
    print("AttributeError maxlen")

print("indexing")
d = deque(range(10))
for _ in range(3):
    d.popleft()
d.appendleft(-1)
print(d, [d[i] for i in range(len(d))], [d[-i] for i in range(1, len(d) + 1)])
d[0] = "first"
d[-1] = "last"
d[3] = "mid"
print(d)
del d[1]
del d[-2]
print(d)
try:
    d[100]
except IndexError as e:
    print("IndexError", e)
try:
    d[1:2]
except TypeError as e:
    print("TypeError", e)

print("methods")
d = deque([1, 2, 3, 2, 1])
print(d.count(2), d.index(3), d.index(1, 1), d.index(2, 2, 4))
d.remove(2)
print(d)
d.insert(1, "x")
d.insert(-1, "y")
d.insert(100, "end")
print(d)
d.reverse()
print(d)
c = d.copy()
c.append("copy")
print(d, c)
try:
    d.remove("nope")
except ValueError as e:
    print("ValueError", e)
try:
    d.index("nope")
except ValueError as e:
    print("ValueError", e)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print("IndexError", e)

print("operators")
a, b = deque([1, 2]), deque([1, 3])
print(a == deque([1, 2]), a != b, a < b, b >= a, a == [1, 2])
print(a + b, a * 2, 2 * a)
a += [5, 6]
print(a)
a *= 2
print(a)
try:
    a + [1]
except TypeError as e:
    print("TypeError", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError")
try:
    hash(a)
except TypeError as e:
    print("TypeError")
print(deque([[1, 2], "s", None]), deque(deque([1])), repr(deque((), 5)))

print("workloads")
def bfs(graph, start):
    seen = {start}
    queue = deque([start])
    order = []
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
print(bfs(graph, 1))

def moving_average(values, n):
    window = deque(maxlen=n)
    total = 0
    out = []
    for v in values:
        if len(window) == n:
            total -= window[0]
        window.append(v)
        total += v
        out.append(total / len(window))
    return out
print(moving_average([40, 30, 50, 46, 39, 44], 3))

q = deque()
total = 0
for i in range(20000):
    q.append(i)
    if i % 3 == 0:
        total += q.popleft()
    if i % 7 == 0:
        q.appendleft(i)
    if i % 11 == 0 and q:
        total += q.pop()
print(len(q), total, q[0], q[-1], q[len(q) // 2])
s = deque(range(1000))
while len(s) > 1:
    s.rotate(-1)
    s.popleft()
print(s)
pal = "racecar"
dq = deque(pal)
ok = True
while len(dq) > 1:
    if dq.popleft() != dq.pop():
        ok = False
print(ok)
