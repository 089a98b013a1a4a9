# At exit the threads that are not daemons are joined before any atexit function runs
# (and before the queued calls of a pool nobody shut down are abandoned).
import atexit
import threading
import time
from concurrent.futures import ThreadPoolExecutor

results = []


def worker():
    time.sleep(0.03)
    print("worker done")
    results.append("worker")


threading.Thread(target=worker).start()
ex = ThreadPoolExecutor(max_workers=1)
for i in range(3):
    ex.submit(lambda i=i: (time.sleep(0.01), results.append(i)))
atexit.register(lambda: print("atexit sees:", sorted(map(str, results))))
print("main done")
