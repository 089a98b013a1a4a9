import heapq, bisect
from dataclasses import dataclass, field
from functools import total_ordering
@total_ordering
class Task:
    def __init__(self, pri, name): self.pri, self.name = pri, name
    def __lt__(self, o): return (self.pri, self.name) < (o.pri, o.name)
    def __eq__(self, o): return (self.pri, self.name) == (o.pri, o.name)
    def __repr__(self): return f"Task({self.pri}, {self.name!r})"
h = []
for i, n in enumerate("write test deploy review plan merge".split()):
    heapq.heappush(h, Task((i * 7) % 4, n))
print(h[0], len(h))
print([heapq.heappop(h) for _ in range(3)], heapq.heappushpop(h, Task(0, 'zz')), heapq.heapreplace(h, Task(9, 'last')), h)
@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
jobs = [Job(3, 'c'), Job(1, 'a'), Job(2, 'b'), Job(1, 'a2')]
heapq.heapify(jobs)
print([heapq.heappop(jobs).name for _ in range(4)])
data = [5, 1, 8, 3, 9, 2, 7]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(2, ['apple', 'fig', 'banana'], key=len), heapq.nsmallest(0, data), heapq.nlargest(10, data), heapq.nsmallest(1, [], default=None) if False else '')
mh = [-x for x in data]; heapq.heapify(mh); print([-heapq.heappop(mh) for _ in range(len(data))])
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge(['a', 'ccc'], ['bb'], key=len)), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
# running median
lo, hi, meds = [], [], []
for x in [5, 15, 1, 3, 2, 8, 7, 9, 10, 6, 11, 4]:
    if not lo or x <= -lo[0]: heapq.heappush(lo, -x)
    else: heapq.heappush(hi, x)
    if len(lo) > len(hi) + 1: heapq.heappush(hi, -heapq.heappop(lo))
    elif len(hi) > len(lo): heapq.heappush(lo, -heapq.heappop(hi))
    meds.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
print(meds)
# k-way merge with tuples, ties
streams = [[(1, 'x'), (4, 'y')], [(1, 'a'), (2, 'b')], [(3, 'c')]]
h = [(s[0], i, 0) for i, s in enumerate(streams)]; heapq.heapify(h); out = []
while h:
    v, i, j = heapq.heappop(h); out.append(v)
    if j + 1 < len(streams[i]): heapq.heappush(h, (streams[i][j+1], i, j+1))
print(out)
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify([1, 'a', 2, None]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1], 'x')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect_left(a, x) for x in range(10)], [bisect.bisect_right(a, x) for x in range(10)], bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 2, hi=3))
bisect.insort(a, 4); bisect.insort_left(a, 2); bisect.insort_right(a, 9); print(a)
grades = lambda s: 'FDCBA'[bisect.bisect([60, 70, 80, 90], s)]
print([grades(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
recs = [('alice', 31), ('bob', 25), ('carol', 40), ('dave', 25)]
recs.sort(key=lambda r: r[1])
ages = [r[1] for r in recs]
print(bisect.bisect_left(recs, 30, key=lambda r: r[1]), bisect.bisect_right(recs, 25, key=lambda r: r[1]))
bisect.insort(recs, ('eve', 30), key=lambda r: r[1]); bisect.insort_left(recs, ('fay', 25), key=lambda r: r[1]); print(recs)
for bad in [lambda: bisect.bisect([1, 2], 1, -1), lambda: bisect.bisect(None, 1), lambda: bisect.insort([1, 'a'], 2), lambda: bisect.bisect([1], 1, lo='x')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
print(bisect.bisect_left(Seq(1000), 250000), bisect.bisect_right(Seq(1000), 250000), bisect.bisect(range(0, 100, 3), 50))
