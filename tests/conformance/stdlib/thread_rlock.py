# RLock: the owner may take it again; other threads wait until fully released.
import threading

r = threading.RLock()
log = []


def nested(depth):
    with r:
        log.append(f"depth {depth}")
        if depth < 3:
            nested(depth + 1)


def other():
    with r:
        log.append("other got it")


nested(1)
with r:
    t = threading.Thread(target=other)
    t.start()
    log.append("main still holds")
    print("other alive while held:", t.is_alive())
t.join()
print(log)
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)


def try_release():
    try:
        r.release()
    except RuntimeError as e:
        print("in thread RuntimeError:", e)


r.acquire()
t = threading.Thread(target=try_release)
t.start()
t.join()
r.release()
