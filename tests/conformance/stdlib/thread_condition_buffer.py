# A bounded buffer built from a Condition: wait/notify between producers and consumers.
import threading

class Buffer:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.cond = threading.Condition()
        self.log = []

    def put(self, x):
        with self.cond:
            while len(self.items) >= self.size:
                self.log.append("full")
                self.cond.wait()
            self.items.append(x)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: self.items)
            x = self.items.pop(0)
            self.cond.notify_all()
            return x


buf = Buffer(2)
results = {}


def produce(base):
    for i in range(5):
        buf.put(base + i)


def consume(name, n):
    got = []
    for _ in range(n):
        got.append(buf.get())
    results[name] = got


threads = [threading.Thread(target=consume, args=("c1", 5)),
           threading.Thread(target=consume, args=("c2", 5)),
           threading.Thread(target=produce, args=(100,)),
           threading.Thread(target=produce, args=(200,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = sorted(results["c1"] + results["c2"])
print(everything)
print(len(results["c1"]), len(results["c2"]))
print("buffer left", buf.items)
print("producers waited", len(buf.log) > 0)

# wait with a timeout returns False when nobody notifies.
c = threading.Condition()
with c:
    print("wait timeout ->", c.wait(0.01))
    print("wait_for timeout ->", c.wait_for(lambda: False, 0.01))
try:
    c.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
