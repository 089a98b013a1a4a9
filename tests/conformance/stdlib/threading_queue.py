# threading and queue: results of threads joined before they are printed, locks, events,
# conditions, semaphores, timers, barriers, thread-local data and thread exceptions.
import threading
import queue
import time

results = []
lock = threading.Lock()

def compute(n):
    total = sum(i * i for i in range(n))
    with lock:
        results.append((n, total))

threads = [threading.Thread(target=compute, args=(n,)) for n in (10, 100, 1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.name for t in threads], [t.is_alive() for t in threads])
print(threading.current_thread().name, threading.active_count(), threading.main_thread() is threading.current_thread())

q = queue.Queue()
out = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.append(item * 2)
        q.task_done()

ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
for i in range(10):
    q.put(i)
for _ in ws:
    q.put(None)
q.join()
for w in ws:
    w.join()
print(sorted(out))

counter = 0
clock = threading.Lock()
def inc():
    global counter
    for _ in range(1000):
        with clock:
            counter += 1
ts = [threading.Thread(target=inc) for _ in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
print(counter)

ev = threading.Event()
flag = []
def waiter():
    ev.wait()
    flag.append("released")
wt = threading.Thread(target=waiter)
wt.start()
print("before set", flag)
ev.set()
wt.join()
print("after", flag)

class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"my-{n}")
        self.n = n
        self.result = None
    def run(self):
        self.result = self.n ** 2
mts = [MyThread(i) for i in range(3)]
for m in mts: m.start()
for m in mts: m.join()
print([(m.name, m.result) for m in mts])

data = threading.local()
seen = []
def use_local(v):
    data.value = v
    seen.append((threading.current_thread().name, data.value))
lt = [threading.Thread(target=use_local, args=(i,), name=f"L{i}") for i in range(2)]
[t.start() for t in lt]; [t.join() for t in lt]
data.value = "main"
print(sorted(seen), data.value)

def boom():
    raise ValueError("thread failure")
bt = threading.Thread(target=boom)
bt.start(); bt.join()
print("main continues")

pq = queue.PriorityQueue()
for x in [5, 1, 3]:
    pq.put(x)
print([pq.get() for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("empty")
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("empty after timeout")
fq = queue.Queue(maxsize=1)
fq.put(1)
try:
    fq.put(2, block=False)
except queue.Full:
    print("full")

cond = threading.Condition()
items = []
def consumer():
    with cond:
        cond.wait_for(lambda: items)
        print("consumed", items.pop())
ct = threading.Thread(target=consumer)
ct.start()
with cond:
    items.append("x")
    cond.notify()
ct.join()

sem = threading.Semaphore(2)
def limited(i):
    with sem:
        pass
sts = [threading.Thread(target=limited, args=(i,)) for i in range(5)]
[t.start() for t in sts]; [t.join() for t in sts]
print("sem value", sem._value)

timer_hits = []
tm = threading.Timer(0.01, timer_hits.append, args=["fired"])
tm.start()
tm.join()
print(timer_hits)
tm2 = threading.Timer(5, timer_hits.append, args=["never"])
tm2.start(); tm2.cancel(); tm2.join()
print(timer_hits)

b = threading.Barrier(3)
order = []
def party(i):
    order.append(f"arrive")
    idx = b.wait()
    order.append("leave")
bts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
[t.start() for t in bts]; [t.join() for t in bts]
print(order.count("leave"))
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
