import asyncio

async def worker(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(f"{name} stopping")
            break
        await asyncio.sleep(0)
        results.append((name, item, item * item))
        print(f"{name} processed {item}")
        q.task_done()

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "qsize", q.qsize())
    for _ in range(3):
        await q.put(None)

async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results), name=f"worker-{i}") for i in range(3)]
    print([t.get_name() for t in workers])
    await producer(q, 7)
    await q.join()
    await asyncio.gather(*workers)
    print(sorted(results))
    print(q.empty(), q.full(), q.maxsize)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q2 = asyncio.Queue(1)
    q2.put_nowait('x')
    try:
        q2.put_nowait('y')
    except asyncio.QueueFull:
        print("QueueFull", repr(q2.get_nowait()))

    async def fails(n):
        await asyncio.sleep(0)
        if n % 2:
            raise ValueError(f"odd {n}")
        return n * 10
    res = await asyncio.gather(*(fails(i) for i in range(5)), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(fails(1), fails(2))
    except ValueError as e:
        print("gather raised", e)

    # ordering with sleep(0)
    order = []
    async def step(tag, n):
        for i in range(n):
            order.append(f"{tag}{i}")
            await asyncio.sleep(0)
    await asyncio.gather(step('a', 3), step('b', 2), step('c', 4))
    print(order)

    # wait_for timeout
    async def slow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("slow cancelled")
            raise
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timed out", type(e).__name__, type(e) is TimeoutError)
    print(await asyncio.wait_for(fails(4), 1))

    # as_completed
    async def delayed(v, d):
        await asyncio.sleep(d)
        return v
    for fut in asyncio.as_completed([delayed('slow', 0.03), delayed('fast', 0.01), delayed('mid', 0.02)]):
        print("as_completed", await fut)

    # Lock / Event / Semaphore
    lock = asyncio.Lock()
    shared = []
    async def critical(i):
        async with lock:
            shared.append(('enter', i))
            await asyncio.sleep(0)
            shared.append(('exit', i))
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(shared)
    print(lock.locked(), repr(lock)[:20])

    ev = asyncio.Event()
    async def waiter(i):
        print("waiter", i, "waiting")
        await ev.wait()
        print("waiter", i, "released")
        return i
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting event", ev.is_set())
    ev.set()
    print(await asyncio.gather(*ts))

    sem = asyncio.Semaphore(2)
    active = [0]
    peak = [0]
    async def limited(i):
        async with sem:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            await asyncio.sleep(0.001)
            active[0] -= 1
            return i
    print(await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak[0])

    # task cancellation
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled(), t.done())
    return "main done"

print(asyncio.run(main()))
