# join with a timeout on a thread that is blocked returns with the thread still alive.
import threading

gate = threading.Event()
progress = []


def blocked():
    progress.append("waiting")
    gate.wait()
    progress.append("released")


t = threading.Thread(target=blocked, name="blocker", daemon=False)
t.start()
t.join(timeout=0.02)
print("alive after timed join:", t.is_alive(), progress)
gate.set()
t.join()
print("alive after release:", t.is_alive(), progress)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
