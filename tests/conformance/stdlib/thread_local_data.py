# threading.local: each thread sees its own attributes.
import threading

data = threading.local()
data.name = "main"
seen = {}
ev = threading.Event()


def worker(n):
    seen[f"has name {n}"] = hasattr(data, "name")
    data.name = f"worker{n}"
    data.items = [n] * n
    if n == 1:
        ev.wait()
    seen[n] = (data.name, data.items)


class Counter(threading.local):
    def __init__(self, start):
        self.value = start


cnt = Counter(10)


def bump(k):
    for _ in range(k):
        cnt.value += 1
    seen[f"bump{k}"] = cnt.value


ts = [threading.Thread(target=worker, args=(i,)) for i in (1, 2)]
ts += [threading.Thread(target=bump, args=(k,)) for k in (3, 5)]
for t in ts:
    t.start()
ev.set()
for t in ts:
    t.join()
print(sorted(seen.items(), key=str))
print(data.name, cnt.value)
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
