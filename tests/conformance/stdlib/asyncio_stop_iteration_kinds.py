# A StopIteration escaping a generator, a coroutine or an async generator becomes a
# RuntimeError naming which, with the StopIteration as its cause.
import asyncio


def gen():
    yield 1
    raise StopIteration("from generator")


async def coro():
    raise StopIteration("from coroutine")


async def agen():
    yield 1
    raise StopIteration("from async generator")


def report(e):
    print(type(e).__name__ + ":", e, "| cause:", repr(e.__cause__), e.__suppress_context__)


try:
    list(gen())
except RuntimeError as e:
    report(e)


async def main():
    try:
        await coro()
    except RuntimeError as e:
        report(e)
    try:
        async for v in agen():
            print("got", v)
    except RuntimeError as e:
        report(e)
    # A coroutine that never started refuses a value.
    c = coro()
    try:
        c.send(1)
    except TypeError as e:
        print("TypeError:", e)
    c.close()


asyncio.run(main())
asyncio.run(coro())
