# _thread: locks, start_new_thread with args and kwargs, argument errors, exit(), and an
# exception in a raw thread (reported on stderr as unraisable; the program goes on).
import _thread
import time
import threading

lock = _thread.allocate_lock()
print(type(lock).__name__, type(lock).__module__, lock.locked(), lock.acquire(),
      lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
print(isinstance(lock, _thread.LockType), type(threading.Lock()) is _thread.LockType)

done = _thread.allocate_lock()
done.acquire()
out = []
main_id = _thread.get_ident()


def work(a, b, tag="t"):
    out.append((tag, a + b, _thread.get_ident() != main_id))
    done.release()


tid = _thread.start_new_thread(work, (1, 2), {"tag": "kw"})
print(type(tid).__name__, tid != main_id)
done.acquire()
print(out)


def bad():
    raise ValueError("oops in a raw thread")


_thread.start_new_thread(bad, ())
time.sleep(0.01)


def quits():
    out.append("before exit")
    _thread.exit()
    out.append("never")


_thread.start_new_thread(quits, ())
time.sleep(0.01)
print(out[-1])
for args in [(work, [1]), (work, (1,), 5), (5, ())]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX == threading.TIMEOUT_MAX)
r = _thread.RLock()
with r:
    with r:
        print("RLock nests")
try:
    _thread.interrupt_main()
except KeyboardInterrupt:
    print("interrupt_main from the main thread: KeyboardInterrupt")
counter = [0]
guard = _thread.allocate_lock()
finished = []


def add(n):
    for _ in range(n):
        with guard:
            counter[0] += 1
    finished.append(n)


for n in (100, 200, 300):
    _thread.start_new_thread(add, (n,))
while len(finished) < 3:
    time.sleep(0.001)
print("counter:", counter[0], sorted(finished))
