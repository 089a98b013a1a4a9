# At most two workers inside the guarded section at once; results printed sorted.
import threading

sem = threading.Semaphore(2)
lock = threading.Lock()
inside = 0
peak = 0
results = []


def work(n):
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        threading.Event().wait(0.001)  # a timed wait: others run meanwhile
        r = n * n
        with lock:
            inside -= 1
            results.append(r)


ts = [threading.Thread(target=work, args=(n,)) for n in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
print("peak", peak, "inside", inside)

bs = threading.BoundedSemaphore(1)
print(bs.acquire(), bs.acquire(blocking=False), bs.acquire(timeout=0.01))
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
s = threading.Semaphore(0)
print(s.acquire(blocking=False), s.acquire(timeout=0.001))
s.release(3)
print([s.acquire(blocking=False) for _ in range(4)])
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
