# asyncio: tasks, gather, queues, locks, events and cancellation, with interleavings that
# depend only on the event loop's scheduling order (sleep(0) and well-separated timers).
import asyncio

log = []


async def step(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return f"{name} done"


async def gather_demo():
    results = await asyncio.gather(step("a", 3), step("b", 2), step("c", 1))
    print(results)
    print(log)
    log.clear()
    print(await asyncio.gather())

    async def fail(msg):
        await asyncio.sleep(0)
        raise ValueError(msg)

    out = await asyncio.gather(fail("x"), step("d", 1), return_exceptions=True)
    print([repr(o) for o in out])
    try:
        await asyncio.gather(step("e", 2), fail("first"))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0)
    print(log)
    log.clear()


async def task_demo():
    t = asyncio.create_task(step("t", 2), name="stepper")
    print(t.get_name(), t.done(), t.cancelled())
    print(await t, t.done(), t.result())
    auto = asyncio.create_task(step("u", 1))
    print(auto.get_name().startswith("Task-"))
    await auto
    print(asyncio.current_task().get_name())
    print(len(asyncio.all_tasks()))
    fut = asyncio.get_running_loop().create_future()
    print(fut.done())
    asyncio.get_running_loop().call_soon(fut.set_result, "from callback")
    print(await fut)
    f2 = asyncio.get_running_loop().create_future()
    f2.set_exception(KeyError("missing"))
    try:
        await f2
    except KeyError as e:
        print("future raised", repr(e))
    f3 = asyncio.get_running_loop().create_future()
    try:
        f3.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f3.cancel()
    print(f3.cancelled(), f3.done())
    order = []
    f4 = asyncio.get_running_loop().create_future()
    f4.add_done_callback(lambda f: order.append(("cb1", f.result())))
    f4.add_done_callback(lambda f: order.append(("cb2", f.result())))
    f4.set_result(7)
    print(order)
    await asyncio.sleep(0)
    print(order)
    print(log)
    log.clear()


async def cancel_demo():
    async def sleeper(tag):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            print(tag, "cancelled with args", e.args)
            raise
        finally:
            print(tag, "finally")

    t = asyncio.create_task(sleeper("one"))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel("because"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter saw", e.args, t.cancelled())
    print("cancel again ->", t.cancel())

    t2 = asyncio.create_task(sleeper("two"))
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled before it started:", t2.cancelled())

    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("stubborn ignores cancellation")
        return "kept going"

    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())

    try:
        await asyncio.wait_for(sleeper("three"), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for:", type(e).__name__, type(e.__cause__).__name__)
    print(await asyncio.wait_for(step("w", 1), timeout=5))
    print(await asyncio.wait_for(step("x", 1), timeout=None))

    inner = asyncio.create_task(step("s", 3))
    shielded = asyncio.shield(inner)
    await asyncio.sleep(0)
    shielded.cancel()
    print("inner survives:", await inner, shielded.cancelled())
    print(log)
    log.clear()


async def queue_demo():
    q = asyncio.Queue(maxsize=2)
    print(q.empty(), q.full(), q.qsize(), q.maxsize)
    done = []

    async def producer(n):
        for i in range(n):
            await q.put(i)
            done.append(f"put{i}")
        await q.put(None)

    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                return "consumer finished"
            done.append(f"got{item}")

    print(await asyncio.gather(producer(5), consumer()))
    print(done)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")

    work = asyncio.Queue()
    handled = []

    async def worker(name):
        while True:
            job = await work.get()
            await asyncio.sleep(0)
            handled.append((name, job))
            work.task_done()

    for j in range(6):
        work.put_nowait(j)
    workers = [asyncio.create_task(worker(f"w{i}")) for i in range(3)]
    await work.join()
    for w in workers:
        w.cancel()
    print([type(r).__name__ for r in await asyncio.gather(*workers, return_exceptions=True)])
    print(handled)
    try:
        work.task_done()
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        await pq.put(item)
    print([await pq.get() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in "xyz":
        lq.put_nowait(item)
    print([lq.get_nowait() for _ in range(3)])


async def sync_demo():
    lock = asyncio.Lock()
    trace = []

    async def critical(n):
        async with lock:
            trace.append(f"in{n}")
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            trace.append(f"out{n}")

    await asyncio.gather(*(critical(i) for i in range(3)))
    print(trace, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    event = asyncio.Event()
    woke = []

    async def waiter(n):
        await event.wait()
        woke.append(n)

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("before set", woke, event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print("after set", woke)
    event.clear()
    print(event.is_set())

    sem = asyncio.Semaphore(2)
    active = []
    peak = []

    async def limited(n):
        async with sem:
            active.append(n)
            peak.append(len(active))
            await asyncio.sleep(0)
            active.remove(n)

    await asyncio.gather(*(limited(i) for i in range(6)))
    print("peak", max(peak), sem.locked())
    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    bsem.release()
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            items_taken.append((n, items.pop(0)))

    items_taken = []
    consumers = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    for value in ("p", "q"):
        async with cond:
            items.append(value)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)
    print(items_taken)


async def main():
    await gather_demo()
    await task_demo()
    await cancel_demo()
    await queue_demo()
    await sync_demo()
    return "main result"


print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))

try:
    asyncio.run(step)
except ValueError as e:
    print("ValueError:", str(e).split(" at ")[0])

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


async def nested_run():
    coro = step("n", 1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        coro.close()


asyncio.run(nested_run())

loop = asyncio.new_event_loop()
print(loop.run_until_complete(step("loop", 2)), loop.is_closed())
loop.close()
print(loop.is_closed())


async def crash():
    await asyncio.sleep(0)
    raise LookupError("unhandled in main")


try:
    asyncio.run(crash())
except LookupError as e:
    print("propagated:", e)
