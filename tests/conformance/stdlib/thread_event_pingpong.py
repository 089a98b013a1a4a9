# Two threads take turns through a pair of Events.
import threading

ping = threading.Event()
pong = threading.Event()
log = []


def pinger():
    for i in range(4):
        log.append(f"ping {i}")
        pong.clear()
        ping.set()
        pong.wait()


def ponger():
    for i in range(4):
        ping.wait()
        ping.clear()
        log.append(f"pong {i}")
        pong.set()


a = threading.Thread(target=pinger, name="pinger")
b = threading.Thread(target=ponger, name="ponger")
b.start()
a.start()
a.join()
b.join()
print("\n".join(log))
e = threading.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
print(a.name, b.name, a.is_alive(), b.is_alive())
