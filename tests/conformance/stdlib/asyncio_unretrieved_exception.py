import asyncio
# A failed task no one asked for its exception: dropping it reports the exception.

async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print("agen cleanup")

async def bad_task():
    raise ValueError("never retrieved")

async def main():
    async for x in agen():
        if x == 2:
            break
    print("after break")
    t = asyncio.create_task(bad_task())
    await asyncio.sleep(0)
    print("t done", t.done())
    g = agen()
    await g.__anext__()
    print("leaving main with suspended agen")

asyncio.run(main())
print("end")

# The report goes to stderr; a non-zero exit makes the test compare its last line.
import sys
sys.exit(3)
