# Threads sleeping different lengths finish in order of their sleeps.
import threading
import time

order = []


def nap(name, secs):
    order.append(f"start {name}")
    time.sleep(secs)
    order.append(f"end {name}")


ts = [threading.Thread(target=nap, args=(n, s)) for n, s in
      [("c", 0.06), ("a", 0.02), ("b", 0.04)]]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("\n".join(order))
