# Queue, LifoQueue, PriorityQueue and SimpleQueue used from one thread: order, bounds,
# non-blocking calls, timeouts, task accounting, and a subclass with its own storage.
import queue


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__} {e!r} {type(e).__module__}")
    else:
        print(f"{label}: {result!r}")


for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls(maxsize=3)
    print(cls.__name__, q.empty(), q.full(), q.qsize(), q.maxsize)
    for item in (5, 1, 4):
        q.put(item)
    print(" full", q.full(), q.qsize())
    attempt(" put_nowait full", lambda: q.put_nowait(9))
    attempt(" put timeout", lambda: q.put(9, timeout=0.01))
    attempt(" put negative timeout", lambda: q.put(9, timeout=-1))
    print(" order", [q.get() for _ in range(3)])
    attempt(" get_nowait empty", q.get_nowait)
    attempt(" get non-blocking", lambda: q.get(False))
    attempt(" get timeout", lambda: q.get(timeout=0.01))
    attempt(" get negative timeout", lambda: q.get(timeout=-1))
    print(" tasks", q.unfinished_tasks)
    for _ in range(3):
        q.task_done()
    attempt(" task_done extra", q.task_done)
    q.join()
    print(" joined", q.unfinished_tasks)

pq = queue.PriorityQueue()
for entry in [(2, "b"), (1, "z"), (2, "a"), (0, "first")]:
    pq.put_nowait(entry)
print([pq.get_nowait() for _ in range(pq.qsize())])
unbounded = queue.Queue()
for i in range(100):
    unbounded.put(i, block=False)
print(unbounded.full(), unbounded.qsize(), unbounded.get(), unbounded.get(block=True, timeout=1))

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
attempt("SimpleQueue empty", sq.get_nowait)


class Tagged(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.insert(0, f"<{item}>")

    def _get(self):
        return self.queue.pop(0)


t = Tagged(2)
t.put("a")
t.put("b")
print(t.qsize(), t.full(), t.get(), t.get(), t.empty())
print(queue.Queue[int], issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
