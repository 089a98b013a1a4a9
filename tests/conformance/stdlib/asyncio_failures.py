# asyncio error output: uncaught exceptions in tasks, TaskGroup errors, failing main
import asyncio

async def worker(i):
    await asyncio.sleep(0.001 * i)
    if i == 2:
        raise ValueError(f"worker {i} exploded")
    return i

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(i), name=f"w{i}") for i in range(4)]
    print("unreachable")

try:
    asyncio.run(main())
except* ValueError as eg:
    print("caught group:", repr(eg))
    for e in eg.exceptions:
        print(" -", type(e).__name__, e)

async def main2():
    results = await asyncio.gather(worker(1), worker(2), return_exceptions=True)
    print(results)
    await asyncio.gather(worker(2))

asyncio.run(main2())
