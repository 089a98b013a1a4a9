# Timer: runs its function after the interval unless cancelled first.
import threading

log = []
t1 = threading.Timer(0.08, log.append, args=["late"])
t2 = threading.Timer(0.01, log.append, args=["early"])
t3 = threading.Timer(0.01, log.append, args=["cancelled"])
t1.start()
t2.start()
t3.start()
t3.cancel()
t1.join()
t2.join()
t3.join()
print(log)
print(t1.is_alive(), t3.finished.is_set())

done = threading.Event()
def fire(a, b=0):
    print("fired", a, b)
    done.set()
t = threading.Timer(0.001, fire, args=(1,), kwargs={"b": 2})
t.start()
print("waited", done.wait(5))
t.join()
