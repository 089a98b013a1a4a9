"""A task scheduler and a grade table: heapq as a priority queue (tuples, entries with
counters, invalidation), nlargest/nsmallest/merge with key, heapreplace/pushpop, then bisect
with key= on records, insort, and range queries."""
import heapq
import bisect
import itertools
from operator import itemgetter, attrgetter


class Task:
    def __init__(self, name, priority, duration):
        self.name, self.priority, self.duration = name, priority, duration

    def __repr__(self):
        return f"Task({self.name!r}, p={self.priority}, d={self.duration})"


print("== priority queue")
pq = []
counter = itertools.count()
entry_finder = {}
REMOVED = '<removed>'


def add_task(name, priority):
    if name in entry_finder:
        remove_task(name)
    entry = [priority, next(counter), name]
    entry_finder[name] = entry
    heapq.heappush(pq, entry)


def remove_task(name):
    entry = entry_finder.pop(name)
    entry[-1] = REMOVED


def pop_task():
    while pq:
        priority, count, name = heapq.heappop(pq)
        if name is not REMOVED:
            del entry_finder[name]
            return name, priority
    raise KeyError('pop from an empty priority queue')


for name, prio in [('write', 3), ('test', 2), ('deploy', 5), ('review', 2), ('plan', 1)]:
    add_task(name, prio)
add_task('deploy', 0)
remove_task('test')
order = []
while entry_finder:
    order.append(pop_task())
print(order)
try:
    pop_task()
except KeyError as e:
    print("KeyError:", e)

print("== heap operations")
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
h = data[:]
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(3)], len(h))
print(heapq.heappushpop(h, -1), heapq.heapreplace(h, 100), h[0], sorted(h))
maxheap = [-x for x in data]
heapq.heapify(maxheap)
print([-heapq.heappop(maxheap) for _ in range(4)])
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(0, data), heapq.nsmallest(20, [3, 1]))
tasks = [Task('a', 3, 30), Task('b', 1, 45), Task('c', 2, 10), Task('d', 3, 5), Task('e', 1, 20)]
print(heapq.nsmallest(2, tasks, key=attrgetter('priority', 'duration')))
print(heapq.nlargest(2, tasks, key=lambda t: t.duration))
words = ['kiwi', 'fig', 'banana', 'apple', 'cherry']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(1, words, key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
print(list(heapq.merge(['apple', 'fig'], ['banana', 'kiwi'], key=len)))
print(list(heapq.merge([9, 4, 1], [8, 2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush([Task('x', 1, 1)], Task('y', 2, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heapify((1, 2))
except TypeError as e:
    print("TypeError:", e)

print("== bisect grades")
breakpoints = [60, 70, 80, 90]
letters = 'FDCBA'
scores = [33, 99, 77, 70, 89, 90, 100, 59, 60]
print([letters[bisect.bisect(breakpoints, s)] for s in scores])
print([bisect.bisect_left(breakpoints, s) for s in (60, 61, 95)], [bisect.bisect_right(breakpoints, s) for s in (60, 61, 95)])

records = sorted([('carol', 88), ('alice', 92), ('bob', 75), ('dave', 60)], key=itemgetter(1))
keys = [r[1] for r in records]
print(records, bisect.bisect_left(records, 80, key=itemgetter(1)), bisect.bisect_right(keys, 88))
bisect.insort(records, ('erin', 80), key=itemgetter(1))
bisect.insort_left(records, ('fred', 88), key=itemgetter(1))
bisect.insort_right(records, ('gina', 88), key=itemgetter(1))
print(records)
lo = bisect.bisect_left(records, 70, key=itemgetter(1))
hi = bisect.bisect_right(records, 88, key=itemgetter(1))
print("scores in [70, 88]:", [name for name, _ in records[lo:hi]])
nums = [1, 3, 3, 3, 5, 8]
print(bisect.bisect_left(nums, 3), bisect.bisect_right(nums, 3), bisect.bisect(nums, 3, 0, 2), bisect.bisect_left(nums, 3, lo=4))
ins = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(ins, x)
print(ins)


def index_of(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")


print(index_of(nums, 5))
try:
    index_of(nums, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect.bisect(nums, 3, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect.insort(None, 1)
except TypeError as e:
    print("TypeError:", e)
