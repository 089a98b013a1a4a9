# ThreadPoolExecutor keeps at most max_workers calls running; workers are reused, named
# <prefix>_<n>; initializers run once per worker; a failing initializer breaks the pool;
# shutdown(cancel_futures=True) cancels the queued calls; a pool never shut down still
# finishes its queued calls at exit.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import concurrent.futures as cf

active = 0
peak = 0
lock = threading.Lock()


def job(i):
    global active, peak
    with lock:
        active += 1
        peak = max(peak, active)
    time.sleep(0.02)
    with lock:
        active -= 1
    return i * i


with ThreadPoolExecutor(max_workers=3) as ex:
    print("map:", list(ex.map(job, range(10))))
print("peak with 3 workers:", peak)

peak = 0
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="w") as ex:
    futs = {ex.submit(job, i): i for i in range(6)}
    got = sorted((futs[f], f.result()) for f in as_completed(futs))
    print("as_completed:", got, "peak:", peak)

    def who(_):
        time.sleep(0.005)
        return threading.current_thread().name
    print("worker names:", sorted(set(ex.map(who, range(8)))))

peak = 0
with ThreadPoolExecutor(max_workers=1) as ex:
    print("one worker:", [f.result() for f in [ex.submit(job, i) for i in range(4)]], "peak:", peak)


def bad(x):
    if x == 2:
        raise ValueError("bad %d" % x)
    return x


with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(bad, i) for i in range(4)]
    done, not_done = wait(fs)
    print("wait:", len(done), len(not_done))
    for f in fs:
        exc = f.exception()
        print("  ", repr(exc) if exc else f.result(), f.done(), f.cancelled())
    try:
        list(ex.map(bad, range(4)))
    except ValueError as e:
        print("map raised:", e)
    first, rest = wait([ex.submit(time.sleep, 0.05), ex.submit(abs, -3)],
                       return_when=FIRST_COMPLETED)
    print("first completed:", [f.result() for f in first])

inits = []


def init(tag):
    inits.append((tag, threading.current_thread().name))


with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("T",),
                        thread_name_prefix="init") as ex:
    print(ex.submit(sum, [1, 2, 3]).result(), ex.submit(max, 4, 9).result())
print("initializer calls:", len(inits) >= 1, all(tag == "T" for tag, _ in inits))


def failing_init():
    raise RuntimeError("init fails")


ex = ThreadPoolExecutor(max_workers=1, initializer=failing_init)
f = ex.submit(pow, 2, 5)
try:
    print(f.result())
except cf.BrokenExecutor as e:
    print(type(e).__name__, "|", e)
try:
    ex.submit(pow, 2, 2)
except cf.BrokenExecutor as e:
    print("submit on broken pool:", type(e).__name__)
ex.shutdown()

ex = ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(time.sleep, 0.02) for _ in range(4)]
ex.shutdown(wait=True, cancel_futures=True)
print("cancelled:", [f.cancelled() for f in fs])
try:
    ex.submit(print, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)

ex = ThreadPoolExecutor(max_workers=1)
for i in range(5):
    ex.submit(lambda i=i: (time.sleep(0.02), print("late call", i)))
print("exiting without shutdown: the queued calls still run")
