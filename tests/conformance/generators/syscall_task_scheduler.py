import heapq
from collections import deque

class Task:
    _next_id = 0
    def __init__(self, gen, name):
        Task._next_id += 1
        self.id = Task._next_id
        self.gen = gen
        self.name = name
        self.send_val = None
    def run(self):
        return self.gen.send(self.send_val)
    def __repr__(self):
        return f"<Task {self.id} {self.name}>"

class SysCall:
    def handle(self, sched, task): raise NotImplementedError

class Sleep(SysCall):
    def __init__(self, ticks): self.ticks = ticks
    def handle(self, sched, task):
        heapq.heappush(sched.sleeping, (sched.clock + self.ticks, task.id, task))

class Spawn(SysCall):
    def __init__(self, gen, name): self.gen, self.name = gen, name
    def handle(self, sched, task):
        t = sched.spawn(self.gen, self.name)
        task.send_val = t.id
        sched.ready.append(task)

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.clock = 0
        self.log = []
    def spawn(self, gen, name):
        t = Task(gen, name)
        self.ready.append(t)
        return t
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                wake, _, t = heapq.heappop(self.sleeping)
                self.clock = wake
                t.send_val = None
                self.ready.append(t)
                continue
            task = self.ready.popleft()
            try:
                result = task.run()
            except StopIteration as e:
                self.log.append((self.clock, task.name, "done", e.value))
                continue
            except Exception as e:
                self.log.append((self.clock, task.name, "error", repr(e)))
                continue
            if isinstance(result, SysCall):
                result.handle(self, task)
            else:
                task.send_val = result
                self.ready.append(task)

def worker(name, n, delay):
    total = 0
    for i in range(n):
        yield Sleep(delay)
        total += i
        print(f"{name} step {i}")
    return total

def parent():
    child = yield Spawn(worker("child", 2, 3), "child")
    print("spawned", child)
    yield Sleep(1)
    raise RuntimeError("parent failed")

s = Scheduler()
s.spawn(worker("a", 3, 2), "a")
s.spawn(worker("b", 2, 5), "b")
s.spawn(parent(), "parent")
s.run()
for entry in s.log:
    print(entry)
print(s.clock)
