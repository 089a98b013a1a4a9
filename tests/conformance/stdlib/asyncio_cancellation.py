# asyncio: cancellation semantics, shielding, timeouts, Condition, Barrier, exceptions
import asyncio

async def main():
    log = []
    async def sleeper(name, d):
        try:
            await asyncio.sleep(d)
            log.append(f"{name} woke")
            return name
        except asyncio.CancelledError as e:
            log.append(f"{name} cancelled args={e.args}")
            raise
        finally:
            log.append(f"{name} finally")

    t = asyncio.create_task(sleeper('a', 1))
    await asyncio.sleep(0)
    print(t.cancel("stop it"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await cancelled task:", e.args)
    print(t.cancelled(), t.cancel())
    print(log)

    # task that swallows cancellation
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "swallowed"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # cancel before start
    t = asyncio.create_task(sleeper('never', 1))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start", log[-1])

    # timeout with wait_for on a shielded task
    inner = asyncio.create_task(sleeper('shielded', 0.05))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except asyncio.TimeoutError:
        print("shield timeout, inner cancelled?", inner.cancelled())
    print(await inner)

    # gather cancel propagation
    g = asyncio.gather(sleeper('g1', 1), sleeper('g2', 1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print(sorted(x for x in log if x.startswith('g')))

    # gather return_exceptions with cancelled child
    async def fail():
        raise ValueError("F")
    c = asyncio.create_task(sleeper('child', 1))
    async def cancel_soon():
        await asyncio.sleep(0)
        c.cancel()
        return "canceller"
    res = await asyncio.gather(c, fail(), cancel_soon(), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])

    # Condition
    cond = asyncio.Condition()
    items = []
    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            return (i, items.pop(0))
    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    for v in 'xyz':
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0)
    print(sorted(await asyncio.gather(*cs)))

    # Barrier
    barrier = asyncio.Barrier(3)
    order = []
    async def party(i):
        order.append(f"arrive {i}")
        pos = await barrier.wait()
        order.append(f"pass {i}")
        return pos
    print(sorted(await asyncio.gather(*(party(i) for i in range(3)))), barrier.n_waiting, barrier.broken)
    print(order)

    # exceptions chained through await
    async def level3():
        raise KeyError('deep')
    async def level2():
        try:
            await level3()
        except KeyError as e:
            raise RuntimeError('wrapped') from e
    try:
        await level2()
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__))

    # Timeout object API
    async with asyncio.timeout(None) as cm:
        print("timeout none", cm.when(), cm.expired())
        cm.reschedule(asyncio.get_running_loop().time() + 10)
        await asyncio.sleep(0)
    print(cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm2:
            await asyncio.sleep(0.1)
    except TimeoutError as e:
        print("expired", cm2.expired(), type(e.__cause__).__name__ if e.__cause__ else e.__context__.__class__.__name__)

    # to_thread and run_in_executor
    def blocking(x):
        return x * 3
    print(await asyncio.to_thread(blocking, 14))
    print(await asyncio.get_running_loop().run_in_executor(None, blocking, 5))

    # awaiting a custom awaitable
    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'custom awaited'
    print(await Awaitable())

    # task result after completion and names
    t = asyncio.create_task(sleeper('named', 0), name='my-task')
    await t
    print(t.get_name(), t.result(), repr(t).startswith('<Task finished'))
    print(len(asyncio.all_tasks()))

asyncio.run(main())

async def nested():
    coro = asyncio.sleep(0)
    try:
        return asyncio.run(coro)
    finally:
        coro.close()
try:
    asyncio.run(nested())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
