# heapq and bisect: priority queues, top-n, merging, sorted-list maintenance.
import heapq
from bisect import bisect, bisect_left, bisect_right, insort, insort_left, insort_right

print("heapq")
h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1]:
    heapq.heappush(h, x)
print(h, h[0])
print([heapq.heappop(h) for _ in range(len(h))], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(sorted(data) == [heapq.heappop(data) for _ in range(len(data))])
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))
print(heapq.nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
print(heapq.nsmallest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19), ("eve", 25)]
print(heapq.nlargest(2, people, key=lambda p: p[1]))
print(heapq.nsmallest(3, people, key=lambda p: p[1]))
print(heapq.nlargest(1, [3, 1, 3]), heapq.nsmallest(1, []), heapq.nlargest(0, [1]), heapq.nlargest(10, [2, 1]))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge([5, 3, 1], [6, 4, 2], reverse=True)))
print(list(heapq.merge(["apple", "fig"], ["be", "cherry"], key=len)))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print(list(heapq.merge()), list(heapq.merge([1, 2])))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)]:
    try:
        bad()
    except IndexError as e:
        print("IndexError", e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("TypeError", e)

class Job:
    def __init__(self, cost, name):
        self.cost = cost
        self.name = name
    def __lt__(self, other):
        return self.cost < other.cost
jobs = [Job(4, "d"), Job(1, "a"), Job(3, "c"), Job(2, "b")]
heapq.heapify(jobs)
print([heapq.heappop(jobs).name for _ in range(4)])

def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist
g = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("a", 7), ("c", 10), ("d", 15)],
     "c": [("a", 9), ("b", 10), ("d", 11), ("f", 2)], "d": [("b", 15), ("c", 11), ("e", 6)],
     "e": [("d", 6), ("f", 9)], "f": [("a", 14), ("c", 2), ("e", 9)]}
print(sorted(dijkstra(g, "a").items()))
seq = [(i * 7919) % 1009 for i in range(3000)]
h = []
for v in seq:
    heapq.heappush(h, v)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(seq), out[:5], out[-3:])
running = []
for v in seq[:500]:
    if len(running) < 5:
        heapq.heappush(running, v)
    else:
        heapq.heappushpop(running, v)
print(sorted(running), heapq.nlargest(5, seq[:500]))

print("bisect")
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect_left(a, 4), bisect_right(a, 4), bisect(a, 4), bisect_left(a, 0), bisect_right(a, 10))
print(bisect_left(a, 4, 4), bisect_right(a, 4, 0, 3), bisect_left(a, 5), bisect_left([], 1))
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(b, x)
print(b)
insort_left(b, 5)
insort_right(b, 3)
print(b)
recs = [("apple", 3), ("fig", 5), ("kiwi", 9)]
print(bisect_left(recs, 5, key=lambda r: r[1]), bisect_right(recs, 5, key=lambda r: r[1]))
insort(recs, ("pear", 6), key=lambda r: r[1])
insort_left(recs, ("plum", 5), key=lambda r: r[1])
insort_right(recs, ("date", 5), key=lambda r: r[1])
print(recs)
words = sorted(["delta", "alpha", "charlie", "bravo"])
i = bisect_left(words, "charlie")
print(i, words[i] == "charlie", bisect_left(words, "c"), bisect_right(words, "zulu"))
try:
    bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
big = list(range(0, 20000, 2))
print(sum(bisect_left(big, v) for v in range(0, 20000, 37)))
print(bisect_right([1.5, 2.5], 2), bisect_left(["b", "d"], "c"))
