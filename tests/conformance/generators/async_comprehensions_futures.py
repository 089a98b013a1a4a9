import asyncio
async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def is_even(x):
    await asyncio.sleep(0)
    return x % 2 == 0
async def main():
    a = [x async for x in arange(6) if await is_even(x)]
    b = {x: await is_even(x) async for x in arange(3)}
    c = [await is_even(x) for x in range(3)]
    gen = (x * 2 async for x in arange(3))
    d = [y async for y in gen]
    print(a, b, c, d, type(gen).__name__)
    ag = arange(2)
    print(await anext(ag), await anext(ag), await anext(ag, "default"))
    try:
        await anext(ag)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(type(aiter(arange(1))).__name__)
    async def agen_with_finally():
        try:
            yield 1
            yield 2
        finally:
            print("agen finally")
    async for v in agen_with_finally():
        print("got", v)
        break
    await asyncio.sleep(0)
    results = []
    async def prod(q):
        for i in range(3):
            await q.put(i)
            results.append(f"put {i}")
        await q.put(None)
    async def cons(q):
        while (item := await q.get()) is not None:
            results.append(f"got {item}")
    q = asyncio.Queue(1)
    await asyncio.gather(prod(q), cons(q))
    print(results)
    loop = asyncio.get_running_loop()
    print(loop.is_running(), type(loop).__name__ != "", asyncio.get_event_loop() is loop)
    t = asyncio.ensure_future(is_even(4))
    print(await t, t.result(), repr(t)[:12])
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("callback saw", fut.result()))
    f.set_result("value")
    await asyncio.sleep(0)
    try:
        f.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2 = loop.create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2.set_exception(KeyError("k"))
    print(repr(f2.exception()))
    try:
        await f2
    except KeyError as e:
        print("awaited exception", repr(e))
asyncio.run(main())
async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)
print(asyncio.run(deep(200)))
def not_async():
    return asyncio.sleep(0)
async def m2():
    await not_async()
    return "awaited coroutine returned from a plain function"
print(asyncio.run(m2()))
async def bad_await():
    await 5
try:
    asyncio.run(bad_await())
except TypeError as e:
    print("TypeError:", e)
async def gen_in_async():
    def g():
        yield 1
    try:
        await g()
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(gen_in_async())
