"""A Richards-like task scheduler built from generator-based tasks and message queues."""
class Packet:
    __slots__ = ("kind", "data", "dest")
    def __init__(self, kind, data, dest):
        self.kind, self.data, self.dest = kind, data, dest
class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.queues = {}
        self.ready = []
        self.counts = {}
    def spawn(self, tid, gen):
        self.tasks[tid] = gen
        self.queues[tid] = []
        self.counts[tid] = 0
        self.ready.append(tid)
    def send(self, pkt):
        self.queues[pkt.dest].append(pkt)
    def run(self, max_steps):
        steps = 0
        while self.ready and steps < max_steps:
            tid = self.ready.pop(0)
            gen = self.tasks[tid]
            q = self.queues[tid]
            msg = q.pop(0) if q else None
            try:
                out = gen.send(msg)
            except StopIteration:
                continue
            self.counts[tid] += 1
            if out is not None:
                self.send(out)
            self.ready.append(tid)
            steps += 1
        return steps
def idle(n):
    seed = 1
    msg = yield None
    for _ in range(n):
        seed = (seed * 75 + 74) % 65537
        dest = "worker" if seed % 2 else "device_a" if seed % 3 else "device_b"
        msg = yield Packet("work", seed, dest)
def worker():
    total = 0
    msg = yield None
    while True:
        if msg is not None:
            total = (total + msg.data) % 1000003
            msg = yield Packet("io", total, "handler")
        else:
            msg = yield None
def device(name):
    handled = 0
    msg = yield None
    while True:
        if msg is not None:
            handled += 1
            msg = yield Packet("done", handled, "handler")
        else:
            msg = yield None
def handler():
    acc = 0
    msg = yield None
    while True:
        if msg is not None:
            acc = (acc * 31 + msg.data) % 1000000007
        msg = yield None
s = Scheduler()
s.spawn("idle", idle(180000))
s.spawn("worker", worker())
s.spawn("device_a", device("a"))
s.spawn("device_b", device("b"))
h = handler()
s.spawn("handler", h)
steps = s.run(1200000)
print("steps", steps)
print(sorted(s.counts.items()))
print("pending", sum(len(q) for q in s.queues.values()))
