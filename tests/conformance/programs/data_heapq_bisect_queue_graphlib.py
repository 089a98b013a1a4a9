import heapq, bisect, queue
from graphlib import TopologicalSorter, CycleError
h = []
for x in [5, 3, 8, 1, 9, 2]: heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
print(heapq.nlargest(3, [5, 1, 8, 3, 8], key=lambda x: -x), heapq.nsmallest(2, 'hello'), heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1]))
recs = [('a', 3), ('b', 1), ('c', 3), ('d', 2)]
print(heapq.nlargest(2, recs, key=lambda r: r[1]), heapq.nsmallest(3, recs, key=lambda r: r[1]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(['c', 'a'], ['b'], key=str.upper, reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
try:
    heapq.heappush([], 1, 2)
except TypeError as e:
    print(e)
l = [9, 1, 7, 3]; heapq.heapify(l); print(l); heapq._heapify_max(l) if hasattr(heapq, '_heapify_max') else None; print(l)
a = [1, 3, 3, 5]
print(bisect.bisect(a, 3), bisect.bisect_left(a, 3), bisect.bisect_right(a, 3, 0, 2), bisect.bisect_left(a, 0, lo=2))
bisect.insort(a, 4); bisect.insort_left(a, 3); print(a)
recs = [(1, 'a'), (4, 'b')]
bisect.insort(recs, (2, 'z'), key=lambda r: r[0]); print(recs, bisect.bisect(recs, 3, key=lambda r: r[0]))
try:
    bisect.bisect(a, 1, lo=-1)
except ValueError as e:
    print(e)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
q = queue.Queue(); [q.put(i) for i in range(3)]; print(q.qsize(), q.get(), q.empty(), q.full())
pq = queue.PriorityQueue(); [pq.put(x) for x in [(2, 'b'), (1, 'a'), (3, 'c')]]; print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); [lq.put(x) for x in 'abc']; print(lq.get(), lq.get_nowait())
try:
    queue.Queue().get_nowait()
except queue.Empty as e:
    print('Empty', repr(e))
bq = queue.Queue(maxsize=1); bq.put(1)
try:
    bq.put_nowait(2)
except queue.Full:
    print('Full')
sq = queue.SimpleQueue(); sq.put(1); print(sq.get(), sq.empty())
ts = TopologicalSorter({'d': {'b', 'c'}, 'b': {'a'}, 'c': {'a'}})
print(list(ts.static_order()))
ts = TopologicalSorter(); ts.add('x', 'y'); ts.add('y', 'z')
print(tuple(ts.static_order()))
try:
    list(TopologicalSorter({'a': {'b'}, 'b': {'a'}}).static_order())
except CycleError as e:
    print('cycle', e.args[0], e.args[1])
ts = TopologicalSorter({2: {1}, 3: {1}, 4: {2, 3}})
ts.prepare()
while ts.is_active():
    ready = ts.get_ready(); print('ready', ready); ts.done(*ready)
try:
    ts.add(5, 1)
except ValueError as e:
    print(e)
