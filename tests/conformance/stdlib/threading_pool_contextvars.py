import threading
import queue
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import contextvars

counter = 0
lock = threading.Lock()

def incr(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=incr, args=(1000,), name=f"inc-{i}") for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print("counter", counter, [t.name for t in threads], [t.is_alive() for t in threads])

results = {}
def compute(key, x):
    results[key] = sum(i * i for i in range(x))
ts = [threading.Thread(target=compute, args=(k, k * 10)) for k in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.items()))

class Worker(threading.Thread):
    def __init__(self, q, out):
        super().__init__(daemon=True)
        self.q = q; self.out = out
    def run(self):
        while True:
            item = self.q.get()
            if item is None:
                self.q.task_done()
                return
            self.out.put(item * 2)
            self.q.task_done()

q = queue.Queue(); out = queue.Queue()
ws = [Worker(q, out) for _ in range(3)]
for w in ws: w.start()
for i in range(10): q.put(i)
for _ in ws: q.put(None)
q.join()
items = []
while not out.empty():
    items.append(out.get_nowait())
print(sorted(items), ws[0].daemon)

def square(x):
    return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    futs = {ex.submit(square, i): i for i in range(5)}
    print(sorted((futs[f], f.result()) for f in as_completed(futs)))
    f = ex.submit(lambda: 1 / 0)
    try:
        f.result()
    except ZeroDivisionError as e:
        print("future raised", e, type(f.exception()).__name__)
    print(f.done(), f.cancelled())
    done, notdone = wait([ex.submit(square, 3)])
    print(len(done), len(notdone))

def with_timeout(x, y=2):
    return x ** y
with ThreadPoolExecutor() as ex:
    print(list(ex.map(with_timeout, [1, 2, 3], [3, 2, 1])))
    print(ex.submit(with_timeout, 5, y=3).result())

ev = threading.Event()
log = []
def waiter():
    ev.wait()
    log.append('waiter saw event')
t = threading.Thread(target=waiter); t.start()
log.append('setting')
ev.set()
t.join()
print(log)

rl = threading.RLock()
def reent(n):
    with rl:
        if n: return reent(n - 1) + 1
        return 0
print(reent(5))

cond = threading.Condition()
buf = []
def consumer():
    with cond:
        while not buf:
            cond.wait()
        log.append(('consumed', buf.pop()))
c = threading.Thread(target=consumer); c.start()
with cond:
    buf.append(42)
    cond.notify()
c.join()
print(log[-1])

sem = threading.BoundedSemaphore(2)
sem.acquire(); sem.acquire()
print(sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)

local = threading.local()
def setlocal(v, out):
    local.x = v
    out.append(local.x)
o = []
ts = [threading.Thread(target=setlocal, args=(i, o)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(o), hasattr(local, 'x'))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count())

def boom():
    raise ValueError("thread failure")
t = threading.Thread(target=boom, name="Boomer")
t.start(); t.join()
print("after boom")

var = contextvars.ContextVar('var', default='dflt')
print(var.get())
tok = var.set('one')
print(var.get())
ctx = contextvars.copy_context()
def inside():
    var.set('in ctx')
    return var.get()
print(ctx.run(inside), var.get(), ctx[var])
var.reset(tok)
print(var.get(), var.name)
try:
    var.reset(tok)
except RuntimeError as e:
    print("RuntimeError", str(e).endswith("has already been used once"))
v2 = contextvars.ContextVar('v2')
try:
    v2.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__, e.args[0].name)
print(v2.get('fallback'))

tm = threading.Timer(0.01, lambda: log.append('timer fired'))
tm.start(); tm.join()
print(log[-1])
b = threading.Barrier(3)
res = []
def at_barrier(i):
    idx = b.wait()
    res.append(i)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res))
