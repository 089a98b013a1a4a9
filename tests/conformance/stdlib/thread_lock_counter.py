# Four threads add to a counter under a Lock, yielding in between.
import threading
import time

counter = 0
lock = threading.Lock()
per_thread = {}


def add(name, n):
    global counter
    for i in range(n):
        with lock:
            v = counter
            if i % 10 == 0:
                time.sleep(0)
            counter = v + 1
        per_thread[name] = per_thread.get(name, 0) + 1


ts = [threading.Thread(target=add, args=(f"t{i}", 250)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", counter)
print(sorted(per_thread.items()))
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False))
print(lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.active_count(), [t.is_alive() for t in ts])
