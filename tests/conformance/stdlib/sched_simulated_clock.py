# sched.scheduler with a simulated clock: ordering by (time, priority, sequence), enter vs
# enterabs, cancel, actions that schedule more events, run(blocking=False), exceptions.
import sched
import time


class Clock:
    def __init__(self):
        self.now = 0.0
        self.sleeps = []

    def time(self):
        return self.now

    def sleep(self, d):
        self.sleeps.append(d)
        self.now += d


c = Clock()
s = sched.scheduler(c.time, c.sleep)
log = []


def act(name, *extra, **kw):
    log.append((c.now, name, extra, sorted(kw.items())))
    if name == "spawn":
        s.enter(1.5, 1, act, ("child",))


e1 = s.enter(5, 2, act, ("five-low",))
e2 = s.enter(5, 1, act, ("five-high",))
e3 = s.enterabs(2, 1, act, argument=("abs2", 1, 2), kwargs={"k": "v"})
e4 = s.enter(3, 1, act, ("spawn",))
e5 = s.enter(4, 1, act, ("cancelled",))
e6 = s.enter(5, 1, act, ("five-high-later",))
print(e3.time, e3.priority, e3.sequence, e3.argument, e3.kwargs)
print([ev.argument[0] for ev in s.queue], s.empty())
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError:
    print("cancel twice: ValueError")
print(e2 < e1, e1 < e2, e2 < e6, type(e1).__name__, e1._fields)
print("not blocking, next in:", s.run(blocking=False))
s.run()
for row in log:
    print(row)
print("sleeps:", c.sleeps, s.empty(), s.run(False))

c2 = Clock()
s2 = sched.scheduler(c2.time, c2.sleep)
for i, name in enumerate(["c", "a", "b"]):
    s2.enterabs(10, 3 - i, log.append, (name,))
c2.now = 10
print("due now, not blocking:", s2.run(blocking=False), log[-3:])

s3 = sched.scheduler(time.monotonic, time.sleep)
hits = []
s3.enter(0.01, 1, hits.append, ("b",))
s3.enter(0.005, 1, hits.append, ("a",))
s3.enter(0, 2, hits.append, ("now",))
s3.run()
print("real clock:", hits)


def boom():
    raise RuntimeError("action failed")


s4 = sched.scheduler(c.time, c.sleep)
s4.enter(1, 1, boom)
s4.enter(2, 1, print, ("after boom",))
try:
    s4.run()
except RuntimeError as e:
    print("caught:", e, "left:", len(s4.queue))
s4.run()
print(sched.__all__)
