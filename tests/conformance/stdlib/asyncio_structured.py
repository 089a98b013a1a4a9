# asyncio: task groups, timeouts, wait/as_completed, async generators and async context
# managers on the event loop. Timer delays are far apart so the order never depends on speed.
import asyncio
import contextlib


async def job(n, delay=0.0, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(f"job {n} failed")
        return n * n
    except asyncio.CancelledError:
        print(f"job {n} cancelled")
        raise


async def taskgroup_demo():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job(2))
        b = tg.create_task(job(3), name="three")
        print("inside group", a.done(), b.get_name())
    print("results", a.result(), b.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1, fail=True))
            slow = tg.create_task(job(9, delay=5))
    except* RuntimeError as eg:
        print("group failed:", [str(e) for e in eg.exceptions], slow.cancelled())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(4, fail=True))
            tg.create_task(job(5, fail=True))
    except ExceptionGroup as eg:
        print(eg.message, sorted(str(e) for e in eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(6))
            raise KeyError("body error")
    except* KeyError as eg:
        print("body error wrapped:", [repr(e) for e in eg.exceptions])


async def timeout_demo():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(5)
    except TimeoutError:
        print("timed out; expired:", cm.expired())
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(0)
    print("no timeout; expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
    try:
        await asyncio.wait_for(job(7, delay=5), timeout=0.01)
    except TimeoutError:
        print("wait_for timed out")
    done_already = asyncio.create_task(job(8))
    await done_already
    print(await asyncio.wait_for(done_already, timeout=0))
    try:
        await asyncio.wait_for(job(10), timeout=0)
    except TimeoutError:
        print("zero timeout on a coroutine")


async def wait_demo():
    fast = asyncio.create_task(job(1, delay=0.0))
    slow = asyncio.create_task(job(2, delay=0.3))
    done, pending = await asyncio.wait([fast, slow], return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", [t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(pending)
    print("rest:", [t.result() for t in done], len(pending))
    t1 = asyncio.create_task(job(3, fail=True))
    t2 = asyncio.create_task(job(4, delay=0.3))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", [repr(t.exception()) for t in done], len(pending))
    t2.cancel()
    done, pending = await asyncio.wait([t2], timeout=0.01)
    print("after cancel:", len(done), len(pending), t2.cancelled())
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    coro = job(0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    finally:
        coro.close()

    order = []
    for next_done in asyncio.as_completed([job(3, 0.2), job(1, 0.0), job(2, 0.1)]):
        order.append(await next_done)
    print("as_completed order:", order)


async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print(f"ticker({n}) closed")


async def agen_demo():
    print([i async for i in ticker(3)])
    total = 0
    async for i in ticker(4):
        total += i
    print("total", total)
    gen = ticker(10)
    async with contextlib.aclosing(gen):
        async for i in gen:
            if i == 2:
                break
    print("after aclosing")
    pairs = [(a, b) async for a in ticker(2) for b in "xy"]
    print(pairs)


@contextlib.asynccontextmanager
async def resource(name):
    print("acquire", name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except ValueError as e:
        print("resource saw", repr(e))
        raise
    finally:
        print("release", name)


async def context_demo():
    async with resource("alpha") as r:
        print("using", r)
    try:
        async with resource("beta"):
            raise ValueError("bad input")
    except ValueError:
        print("ValueError propagated")
    async with contextlib.AsyncExitStack() as stack:
        names = [await stack.enter_async_context(resource(n)) for n in ("x", "y")]
        stack.push_async_callback(job, 0)
        stack.callback(print, "plain callback")
        print("stack holds", names)


async def misc_demo():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(sorted, [3, 1, 2]))
    print(await loop.run_in_executor(None, max, 4, 9, 2))
    calls = []
    loop.call_later(0.2, calls.append, "late")
    loop.call_later(0.1, calls.append, "early")
    loop.call_soon(calls.append, "soon")
    handle = loop.call_soon(calls.append, "cancelled")
    handle.cancel()
    await asyncio.sleep(0.3)
    print(calls, handle.cancelled())
    barrier = asyncio.Barrier(3)
    arrived = []

    async def party(n):
        arrived.append(f"arrive{n}")
        await barrier.wait()
        arrived.append(f"leave{n}")

    await asyncio.gather(*(party(i) for i in range(3)))
    print(arrived, barrier.n_waiting, barrier.broken)


async def main():
    await taskgroup_demo()
    await timeout_demo()
    await wait_demo()
    await agen_demo()
    await context_demo()
    await misc_demo()


asyncio.run(main())
