# ThreadPoolExecutor: map, submit, as_completed, wait, exceptions in futures.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, ALL_COMPLETED, FIRST_COMPLETED
import threading


def square(x):
    return x * x


def slow_add(a, b, ev=None):
    if ev is not None:
        ev.wait()
    return a + b


def fail(msg):
    raise KeyError(msg)


with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(8))))
    futs = [ex.submit(slow_add, i, 10) for i in range(5)]
    print(sorted(f.result() for f in as_completed(futs)))
    done, not_done = wait(futs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))

    ev = threading.Event()
    blocked = ex.submit(slow_add, 1, 2, ev)
    print("blocked done?", blocked.done())
    done, not_done = wait([blocked], timeout=0.01, return_when=FIRST_COMPLETED)
    print("after wait timeout", len(done), len(not_done))
    ev.set()
    print("result", blocked.result())

    bad = ex.submit(fail, "missing")
    try:
        bad.result()
    except KeyError as e:
        print("KeyError", e)
    print("exception()", repr(bad.exception()))

    # A task that waits for another task's result.
    first = ex.submit(square, 7)
    second = ex.submit(lambda: first.result() + 1)
    print("chained", second.result())

print("callbacks:")
got = []
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(square, 12)
    f.add_done_callback(lambda fut: got.append(fut.result()))
print(got)
