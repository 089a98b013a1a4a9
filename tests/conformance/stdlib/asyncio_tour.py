# asyncio: gather (with return_exceptions), Queue producer/consumer, tasks, wait_for timeout,
# TaskGroup with except*, wait/as_completed, Event/Lock/Semaphore, cancellation, timeout(),
# futures, shield, to_thread, async comprehensions, and an uncaught error from run().
import asyncio, contextvars

req = contextvars.ContextVar("req", default="-")

async def fetch(name, delay, fail=False):
    req.set(name)
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return f"{name}:{req.get()}"

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * item)

async def main():
    print(await asyncio.gather(fetch("a", 0.02), fetch("b", 0.01), fetch("c", 0)))
    res = await asyncio.gather(fetch("x", 0, True), fetch("y", 0), return_exceptions=True)
    print([repr(r) for r in res])
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out, q.qsize(), q.empty())
    t = asyncio.create_task(fetch("t", 0.01), name="task-t")
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    try:
        await asyncio.wait_for(fetch("slow", 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(fetch("g1", 0.01))
            t2 = tg.create_task(fetch("g2", 0, True))
    except* ValueError as eg:
        print("group:", [str(e) for e in eg.exceptions])
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(fetch(f"k{i}", 0.001 * (3 - i))) for i in range(3)]
    print([t.result() for t in ts])
    done, pending = await asyncio.wait([asyncio.create_task(fetch(f"w{i}", 0.01 * i)) for i in range(3)], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    results = []
    for coro in asyncio.as_completed([fetch("s3", 0.03), fetch("s1", 0.01), fetch("s2", 0.02)]):
        results.append(await coro)
    print(results)
    ev = asyncio.Event()
    lock = asyncio.Lock()
    counter = 0
    async def waiter(i):
        nonlocal counter
        await ev.wait()
        async with lock:
            c = counter
            await asyncio.sleep(0)
            counter = c + 1
    ws = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ws)
    print("counter", counter, lock.locked())
    sem = asyncio.Semaphore(2)
    active = 0; peak = 0
    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1; peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
            return i
    print(await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak)
    async def canc():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    ct = asyncio.create_task(canc())
    await asyncio.sleep(0)
    ct.cancel()
    try:
        await ct
    except asyncio.CancelledError:
        print("cancelled outside", ct.cancelled())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 99)
    print(await fut)
    print(await asyncio.shield(fetch("sh", 0)))
    print(await asyncio.to_thread(sum, [1, 2, 3]))
    return "main done"

print(asyncio.run(main()))
async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)
async def use():
    return [x async for x in agen(4)], {x: x*x async for x in agen(3)}
print(asyncio.run(use()))
print(asyncio.iscoroutinefunction(use), asyncio.iscoroutine(use()))
asyncio.run(fetch("z", 0, True))
