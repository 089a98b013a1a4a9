# Producer/consumer over a bounded queue: the producer blocks when the queue is full, the
# consumer when it is empty; nothing is repeated or lost.
import threading
import queue

q = queue.Queue(maxsize=3)
out = []
produced = []


def producer():
    for i in range(10):
        q.put(i)
        produced.append(i)
    q.put(None)


def consumer():
    while (item := q.get()) is not None:
        out.append(item * 2)
        q.task_done()
    q.task_done()


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print("out", out)
print("produced", produced)
print("empty", q.empty(), "unfinished", q.unfinished_tasks)

# Several producers, one consumer, with join() on the queue.
q2 = queue.Queue(maxsize=2)
seen = []


def make(tag, n):
    def run():
        for i in range(n):
            q2.put((tag, i))
    return run


def drain():
    while True:
        item = q2.get()
        if item is None:
            q2.task_done()
            break
        seen.append(item)
        q2.task_done()


d = threading.Thread(target=drain)
d.start()
ps = [threading.Thread(target=make(t, 4)) for t in "abc"]
for t in ps:
    t.start()
for t in ps:
    t.join()
q2.put(None)
q2.join()
d.join()
print(len(seen), sorted(seen))
for tag in "abc":
    print(tag, [i for t, i in seen if t == tag])

# get with a timeout on an empty queue raises Empty; put_nowait on a full one raises Full.
q3 = queue.Queue(maxsize=1)
try:
    q3.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
q3.put_nowait(1)
try:
    q3.put_nowait(2)
except queue.Full:
    print("Full")
print("alive", p.is_alive(), c.is_alive(), d.is_alive(), threading.active_count())
