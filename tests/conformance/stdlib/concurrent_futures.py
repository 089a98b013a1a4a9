# concurrent.futures: executor map/submit, as_completed, wait, callbacks, shutdown, futures.
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import threading
import time

def square(x):
    return x * x

def slow_fail(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(6))))
    futs = [ex.submit(square, i) for i in range(5)]
    print([f.result() for f in futs])
    futs = {ex.submit(slow_fail, i): i for i in range(5)}
    for f in as_completed(futs):
        i = futs[f]
        try:
            print(i, f.result())
        except ValueError as e:
            print(i, "error", e)
    done, not_done = wait([ex.submit(square, 7)])
    print(len(done), len(not_done), [d.result() for d in done])
    f = ex.submit(pow, 2, 10)
    print(f.result(), f.cancelled(), f.exception())
    f.add_done_callback(lambda fut: print("callback", fut.result()))
    print(threading.current_thread().name)
    print(ex.submit(lambda: threading.current_thread().name).result().startswith("ThreadPoolExecutor-"))
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)
with cf.ProcessPoolExecutor() as pex:
    print(sum(pex.map(square, [1, 2, 3])))
fut = cf.Future()
print(fut.done(), fut.cancel(), fut.cancelled())
try:
    fut.result()
except cf.CancelledError:
    print("cancelled error")
f2 = cf.Future()
f2.set_result(5)
print(f2.result(), repr(f2).split(" at ")[0])
