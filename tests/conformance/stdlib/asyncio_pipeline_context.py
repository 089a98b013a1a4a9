# asyncio pipeline: staged producers/consumers with PriorityQueue, LifoQueue, and contextvars
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='-')

async def handle(n, log):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0)
    await step('parse', log)
    await asyncio.sleep(0)
    await step('respond', log)
    return request_id.get()

async def step(name, log):
    log.append(f"{request_id.get()}:{name}")

async def stage(name, inq, outq, fn):
    while True:
        item = await inq.get()
        try:
            if item is None:
                if outq is not None:
                    await outq.put(None)
                return f"{name} done"
            res = fn(item)
            if outq is not None:
                await outq.put(res)
        finally:
            inq.task_done()

async def main():
    log = []
    results = await asyncio.gather(*(handle(i, log) for i in range(3)))
    print(results, request_id.get())
    print(log)

    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(), asyncio.Queue()
    stages = [
        asyncio.create_task(stage('double', q1, q2, lambda x: x * 2)),
        asyncio.create_task(stage('inc', q2, q3, lambda x: x + 1)),
    ]
    for i in range(6):
        await q1.put(i)
    await q1.put(None)
    print(await asyncio.gather(*stages))
    out = []
    while not q3.empty():
        out.append(q3.get_nowait())
    print(out)

    pq = asyncio.PriorityQueue()
    for prio, job in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent')]:
        pq.put_nowait((prio, job))
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for x in 'abc':
        await lq.put(x)
    print([await lq.get() for _ in range(3)])

    # bounded queue blocking producer
    bq = asyncio.Queue(maxsize=1)
    events = []
    async def prod():
        for i in range(3):
            await bq.put(i)
            events.append(f"put {i}")
    async def cons():
        for _ in range(3):
            await asyncio.sleep(0)
            v = await bq.get()
            events.append(f"got {v}")
    await asyncio.gather(prod(), cons())
    print(events)

    # context propagation into tasks
    var = contextvars.ContextVar('var')
    var.set('parent')
    async def child():
        before = var.get()
        var.set('child')
        return before, var.get()
    print(await asyncio.create_task(child()), var.get())
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in copied ctx')
    print(ctx[var], var.get(), len(list(ctx.items())) >= 1, var in ctx)

    # loop.call_soon ordering vs tasks
    order = []
    loop = asyncio.get_running_loop()
    loop.call_soon(order.append, 'cb1')
    async def t():
        order.append('task')
    task = asyncio.create_task(t())
    loop.call_soon(order.append, 'cb2')
    h = loop.call_soon(order.append, 'cancelled-cb')
    h.cancel()
    await asyncio.sleep(0)
    await task
    print(order, h.cancelled())
    tl = []
    loop.call_later(0.02, tl.append, 'late')
    loop.call_later(0.01, tl.append, 'early')
    loop.call_at(loop.time() + 0.005, tl.append, 'first')
    await asyncio.sleep(0.05)
    print(tl)

asyncio.run(main())
