import asyncio

async def main():
    lock = asyncio.Lock()
    print(repr(lock).startswith('<asyncio.locks.Lock object at'), repr(lock).split()[-1])
    await lock.acquire()
    print(repr(lock).split()[-1])
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    ev = asyncio.Event()
    print(repr(ev).split(' [')[1])
    sem = asyncio.Semaphore(3)
    print(repr(sem).split(' [')[1], sem.locked())
    q = asyncio.Queue(5)
    q.put_nowait(1)
    print(repr(q).split(' at ')[0], str(q))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire(); bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    async def agen():
        yield 1
        yield 2
    ag = agen()
    print(repr(ag).split(' at ')[0], type(ag.__aiter__()).__name__, ag.ag_running)
    print([i async for i in ag])
    print(await anext(agen()), await anext(aiter(agen())))
    it = agen()
    print(await anext(it, 'd'), await anext(it, 'd'), await anext(it, 'd'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    async def sq(x):
        return x * x
    print([await sq(i) for i in range(4)], {i: await sq(i) for i in range(3)})
    gen = (await sq(i) for i in range(3))
    print(type(gen).__name__, [x async for x in gen])
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(5)
    try:
        fut.set_result(6)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(repr(fut))
    async def coro():
        return 1
    c = coro()
    print(repr(c).split(' at ')[0])
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    print(await asyncio.wait_for(asyncio.sleep(0, 'v'), None))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0)
    except TimeoutError:
        print("timeout 0")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(0))
            raise KeyError('body')
    except* KeyError as eg:
        print(repr(eg))
    async def one():
        await asyncio.sleep(0)
        raise OSError(5, 'io')
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(one())
    except ExceptionGroup as eg:
        print(eg, eg.exceptions)

asyncio.run(main())
print(asyncio.run(asyncio.sleep(0, 'top')))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, 'ruc')), loop.is_closed())
loop.close(); print(loop.is_closed())
with asyncio.Runner() as r:
    print(r.run(asyncio.sleep(0, 'runner')))
