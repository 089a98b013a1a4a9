# Threads that spin on a flag another thread sets, without sleeping or waiting: every thread
# still gets turns (CPython switches threads every few milliseconds), so all of them finish.
import threading

flag = False


def setter():
    global flag
    total = 0
    for i in range(200000):
        total += i
    flag = True


t = threading.Thread(target=setter)
t.start()
spins = 0
while not flag:
    spins += 1
t.join()
print("main saw the flag")

done = []
released = []
lock = threading.Lock()


def spinner(i):
    n = 0
    while not done:
        n += 1
    with lock:
        released.append(i)


threads = [threading.Thread(target=spinner, args=(i,)) for i in range(3)]
for th in threads:
    th.start()
s = 0
for i in range(300000):
    s += i
done.append(True)
for th in threads:
    th.join()
print("released", sorted(released), s)


# A consumer that polls a list a producer fills, with no lock and no sleep.
items = []
def producer():
    for i in range(5):
        x = 0
        for k in range(50000):
            x += k
        items.append(i * x % 97)


def consumer(out):
    seen = 0
    while seen < 5:
        if len(items) > seen:
            out.append(items[seen])
            seen += 1


got = []
c = threading.Thread(target=consumer, args=(got,))
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
print("consumed", got == items, len(got))
