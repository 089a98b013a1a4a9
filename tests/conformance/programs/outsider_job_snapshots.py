# A small job registry: enum states with custom auto() values, priority scheduling,
# and snapshots taken with copy/pickle -- including the objects that cannot be copied
# (locks, generators), whose errors a careful program reports instead of crashing.
import copy
import heapq
import pickle
import threading
from dataclasses import dataclass, field
from enum import Enum, auto


class Phase(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower().replace("_", "-")

    QUEUED = auto()
    IN_PROGRESS = auto()
    FINISHED = auto()


print([(p.name, p.value) for p in Phase])
print(Phase("in-progress"), Phase.FINISHED.value)

# Defining the value generator after an auto() member is refused, like CPython does.
for label, body in [
    ("late generator", "A = auto()\n    def _generate_next_value_(n, s, c, l): return n"),
    ("late generator after plain", "A = 1\n    B = auto()\n    def _generate_next_value_(n, s, c, l): return n"),
    ("generator first", "def _generate_next_value_(n, s, c, l): return n * 2\n    A = auto()"),
    ("plain values only", "A = 1\n    def _generate_next_value_(n, s, c, l): return n\n    B = auto()"),
]:
    src = "class E(Enum):\n    " + body + "\n"
    ns = {"Enum": Enum, "auto": auto}
    try:
        exec(src, ns)
        print(label, "->", [(m.name, m.value) for m in ns["E"]])
    except TypeError as e:
        print(label, "-> TypeError:", e)


@dataclass(order=True)
class Job:
    priority: int
    name: str
    phase: Phase = field(default=Phase.QUEUED, compare=False)
    attempts: list = field(default_factory=list, compare=False)


jobs = [Job(2, "index"), Job(1, "backup"), Job(3, "report"), Job(1, "alert")]
heap = list(jobs)
heapq.heapify(heap)
snapshots = []
while heap:
    job = heapq.heappop(heap)
    job.phase = Phase.IN_PROGRESS
    job.attempts.append("try-1")
    snapshots.append(copy.deepcopy(job))
    job.phase = Phase.FINISHED
    job.attempts.append("ok")
    print(f"{job.name:<8} p={job.priority} {job.phase.value:<12} {job.attempts}")
print([(s.name, s.phase.name, s.attempts) for s in snapshots])
print(pickle.loads(pickle.dumps(snapshots[0])) == snapshots[0])


class Worker:
    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()
        self.rlock = threading.RLock()
        self.pending = (j.name for j in jobs)


w = Worker("w1")
print(next(w.pending))
for what, obj in [("lock", w.lock), ("rlock", w.rlock), ("generator", w.pending), ("worker", w)]:
    for fn in (copy.copy, copy.deepcopy, pickle.dumps):
        try:
            fn(obj)
            print(what, fn.__name__, "ok")
        except TypeError as e:
            print(what, fn.__name__, "TypeError:", e)
with w.lock:
    print("lock still usable:", w.lock.locked())
print(next(w.pending), list(w.pending))

# A shallow copy of a worker shares the lock; a deep copy of the state that matters works.
w2 = copy.copy(w)
print(w2.lock is w.lock, w2.name)
state = copy.deepcopy({k: v for k, v in vars(w).items() if k == "name"})
print(state)
copy.deepcopy(w)
