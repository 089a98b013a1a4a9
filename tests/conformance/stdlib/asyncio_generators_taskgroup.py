import asyncio
import sys

async def agen(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("agen finally", n)

class AsyncCounter:
    def __init__(self, stop):
        self.i = 0; self.stop = stop
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.stop:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class Resource:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError

async def main():
    async for x in agen(3):
        print("got", x)
    print([x async for x in AsyncCounter(4)])
    print([x * 2 async for x in agen(2) if x])
    g = agen(5)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    async with Resource('r1') as r:
        print("inside", r.name)
    async with Resource('r2'):
        raise KeyError('suppressed')
    try:
        async with Resource('r3'):
            raise ValueError('not suppressed')
    except ValueError as e:
        print("caught", e)

    async def agen_send():
        received = []
        while len(received) < 3:
            v = yield len(received)
            received.append(v)
        print("received", received)
    ag = agen_send()
    print(await ag.asend(None))
    print(await ag.asend('a'))
    print(await ag.asend('b'))
    try:
        await ag.asend('c')
    except StopAsyncIteration:
        print("agen done")

    async def agen_throw():
        try:
            yield 1
        except ValueError as e:
            print("agen caught", e)
            yield 2
    ag = agen_throw()
    print(await ag.__anext__())
    print(await ag.athrow(ValueError('boom')))
    await ag.aclose()
    print(type(ag).__name__, ag.__name__)

    # TaskGroup
    async def job(i, fail=False):
        await asyncio.sleep(0.02 * i)
        if fail:
            raise RuntimeError(f"job {i} failed")
        return i * 100
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(job(i)) for i in range(3)]
    print([t.result() for t in ts])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1))
            tg.create_task(job(2, fail=True))
            tg.create_task(job(3, fail=True))
            tg.create_task(job(50))
    except* RuntimeError as eg:
        print("eg:", eg.message, sorted(str(e) for e in eg.exceptions))
    # timeout context
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx hit")
    # wait
    tasks = [asyncio.create_task(job(i)) for i in (1, 5, 9)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))
    # shield
    inner = asyncio.create_task(job(2))
    print(await asyncio.shield(inner))
    # current_task
    print(asyncio.current_task().get_name())
    # Future manual
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 'from call_soon')
    print(await fut)
    fut2 = loop.create_future()
    loop.call_later(0.01, fut2.set_exception, KeyError('late'))
    try:
        await fut2
    except KeyError as e:
        print("fut2", repr(e))
    print(fut2.done(), fut2.exception())
    f3 = loop.create_future()
    print(repr(f3))
    f3.cancel()
    print(f3.cancelled(), repr(f3))
    try:
        f3.result()
    except asyncio.CancelledError:
        print("CancelledError from result")
    try:
        asyncio.get_running_loop().create_future().result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)

asyncio.run(main())

async def crash():
    await asyncio.sleep(0)
    raise ZeroDivisionError("division in task")

async def main2():
    t = asyncio.create_task(crash())
    await asyncio.sleep(0.01)
    print("task done", t.done(), repr(t.exception()))
asyncio.run(main2())
print(asyncio.iscoroutinefunction(main2), asyncio.iscoroutine(main2()))
try:
    asyncio.run(crash())
except ZeroDivisionError as e:
    print("run raised", e)
asyncio.run(crash())
