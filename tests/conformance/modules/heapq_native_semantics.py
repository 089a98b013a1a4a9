# heapq: priority queues with tuples and user classes, merge and n-best, and the errors.
import heapq
import random


def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


rng = random.Random(7)
tasks = []
for i in range(30):
    heapq.heappush(tasks, (rng.randint(1, 5), i, "task%d" % i))
order = [heapq.heappop(tasks) for _ in range(len(tasks))]
print(order[:6], order[-3:])
print(order == sorted(order))

data = [rng.random() for _ in range(1000)]
heap = list(data)
heapq.heapify(heap)
print(all(heap[k] <= heap[c] for k in range(len(heap)) for c in (2 * k + 1, 2 * k + 2)
          if c < len(heap)))
print([round(heapq.heappop(heap), 6) for _ in range(5)] == [round(x, 6) for x in sorted(data)[:5]])
print(heapq.heapreplace(heap, 2.0) <= heap[0], heapq.heappushpop(heap, -1.0), len(heap))
print(heapq.heappushpop([], 5), heapq.heappushpop([1, 2], 0), heapq.heappushpop([1, 2], 3))


class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"Job({self.prio}, {self.name!r})"


jobs = []
for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (5, "e")]:
    heapq.heappush(jobs, Job(p, n))
print([heapq.heappop(jobs) for _ in range(5)])


class Rev(list):
    pass


r = Rev([5, 3, 8, 1])
heapq.heapify(r)
print(type(r).__name__, r[0], heapq.heappop(r), list(r))

print(heapq.nlargest(3, [5, 1, 8, 3, 9, 9]), heapq.nsmallest(2, [5, 1, 8]),
      heapq.nsmallest(3, ["bb", "a", "ccc"], key=len), heapq.nlargest(1, []),
      heapq.nlargest(2, {"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len)))

show("push tuple", lambda: heapq.heappush((), 1))
show("pop tuple", lambda: heapq.heappop(()))
show("heapify str", lambda: heapq.heapify("abc"))
show("replace tuple", lambda: heapq.heapreplace((), 1))
show("pushpop tuple", lambda: heapq.heappushpop((), 1))
show("pop empty", lambda: heapq.heappop([]))
show("replace empty", lambda: heapq.heapreplace([], 1))
show("push one arg", lambda: heapq.heappush([]))
show("pop no args", lambda: heapq.heappop())
show("push keyword", lambda: heapq.heappush([], item=1))
h = [3, 1]
show("mixed types", lambda: heapq.heappush(h, "x"))
print(h)
show("unorderable", lambda: heapq.heapify([{}, {}, {}]))


class Shrinker:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return True


h = []
h.extend([Shrinker(h), Shrinker(h), Shrinker(h)])
show("shrinks in heapify", lambda: heapq.heapify(h))
h = [Shrinker(None), 1]
h[0].heap = h
show("shrinks in push", lambda: heapq.heappush(h, Shrinker(h)))


class Boom:
    def __lt__(self, other):
        raise ValueError("no order")


show("raising __lt__", lambda: heapq.heappush([Boom()], Boom()))
