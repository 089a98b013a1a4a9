import heapq
from enum import Enum, IntEnum
from dataclasses import dataclass, field
from itertools import count
from functools import total_ordering, reduce, lru_cache, partial

class Priority(IntEnum):
    LOW = 3
    NORMAL = 2
    HIGH = 1
    CRITICAL = 0

class State(Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"

@dataclass(order=True)
class Task:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    priority: Priority
    duration: int
    deps: tuple = ()
    state: State = field(default=State.PENDING, compare=False)

    def __post_init__(self):
        self.sort_key = (self.priority, self.duration, self.name)

tasks = {t.name: t for t in [
    Task("compile", Priority.HIGH, 5),
    Task("test", Priority.NORMAL, 8, ("compile",)),
    Task("lint", Priority.LOW, 2),
    Task("docs", Priority.LOW, 4, ("compile",)),
    Task("deploy", Priority.CRITICAL, 3, ("test", "docs")),
    Task("bench", Priority.NORMAL, 6, ("compile",)),
]}
clock = 0
done = set()
ready = [t for t in tasks.values() if not t.deps]
heapq.heapify(ready)
order = []
tie = count()
running = []
while ready or running:
    while ready and len(running) < 2:
        t = heapq.heappop(ready)
        t.state = State.RUNNING
        heapq.heappush(running, (clock + t.duration, next(tie), t))
        print(f"t={clock:>3} start {t.name:<8} prio={t.priority.name:<8}({int(t.priority)})")
    end, _, t = heapq.heappop(running)
    clock = end
    t.state = State.DONE
    done.add(t.name)
    order.append(t.name)
    print(f"t={clock:>3} done  {t.name}")
    for other in tasks.values():
        if other.state is State.PENDING and other not in ready and all(d in done for d in other.deps):
            heapq.heappush(ready, other)
print(" -> ".join(order))
print(sorted(tasks.values())[:2])
print([s.value for s in State], State("done"), State.DONE.name)
print(Priority.HIGH < Priority.LOW, Priority(0), max(Priority), list(Priority)[::-1])
print(heapq.nsmallest(3, tasks.values(), key=lambda t: t.duration))
print([t.name for t in heapq.nlargest(2, tasks.values(), key=lambda t: (t.duration, t.name))])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len, reverse=False)))
h = [5, 1, 8, 3]
heapq.heapify(h)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1.9"), Version("2") <= Version("1"))
@lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(80), ways.cache_info())
print(reduce(lambda a, b: a * b, range(1, 15)), partial(int, base=2)("10101"))
print(State["FAILED"] in State, len(State), Priority.NORMAL + 1, f"{Priority.LOW}", str(State.DONE), format(Priority.HIGH, ">4"))
