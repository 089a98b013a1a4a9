"""Argument type errors from heapq, bisect and itertools, as CPython words them."""
import bisect
import heapq
import itertools


class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"Task({self.prio}, {self.name!r})"


queue = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code")]:
    heapq.heappush(queue, Task(prio, name))
print([heapq.heappop(queue) for _ in range(len(queue))])

checks = [
    lambda: heapq.heappush(None, 1),
    lambda: heapq.heappop(None),
    lambda: heapq.heapify(None),
    lambda: heapq.heapify((3, 1)),
    lambda: heapq.heapreplace(None, 1),
    lambda: heapq.heappushpop({}, 1),
    lambda: heapq.heappop([]),
    lambda: heapq.heappush([Task(1, "a")], 5),
    lambda: bisect.bisect(None, 1),
    lambda: bisect.insort([1, 2], "a"),
    lambda: itertools.count("a"),
    lambda: itertools.count(1, "b"),
    lambda: itertools.count([]),
    lambda: next(itertools.count(1.5, 0.5)),
    lambda: repr(itertools.count(2, 3)),
]
for check in checks:
    try:
        print("ok:", check())
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
