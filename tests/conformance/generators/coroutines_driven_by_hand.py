import types
class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield f"request {self.v}"
        return got * 2
async def task(n):
    a = await Awaitable(n)
    b = await Awaitable(a)
    return a + b
c = task(5)
print(type(c).__name__, c.send(None))
print(c.send(10))
try:
    c.send(7)
except StopIteration as e:
    print("result", e.value)
@types.coroutine
def legacy():
    x = yield "legacy-yield"
    return x
async def uses_legacy():
    return await legacy()
c2 = uses_legacy()
print(c2.send(None))
try:
    c2.send("sent")
except StopIteration as e:
    print("legacy result", e.value)
c3 = task(1)
c3.send(None)
try:
    c3.throw(ValueError("injected"))
except ValueError as e:
    print("propagated", e)
c4 = task(1)
c4.close()
try:
    c4.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def agen():
    try:
        for i in range(3):
            x = yield i
            print("agen got", x)
    finally:
        print("agen finally")
async def drive():
    g = agen()
    print(await g.__anext__())
    print(await g.asend("hello"))
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow raised", repr(e))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
d = drive()
try:
    d.send(None)
except StopIteration:
    print("drive done")
def gen():
    x = 1
    y = yield x
    yield y
g = gen()
print(g.gi_frame.f_locals if False else "", g.gi_code.co_name, g.gi_running, g.gi_yieldfrom)
next(g)
print(g.gi_frame.f_lineno - gen.__code__.co_firstlineno, g.gi_suspended if hasattr(g, "gi_suspended") else "")
def sub():
    yield 1
    yield 2
def deleg():
    yield from sub()
dg = deleg(); next(dg)
print(dg.gi_yieldfrom.__name__ if dg.gi_yieldfrom else None)
def th():
    try:
        yield 1
    except ValueError as e:
        print("caught", e, type(e).__name__)
        yield 2
t = th(); next(t)
print(t.throw(ValueError, "msg"))
print(t.throw(ValueError("x")) if False else "")
t2 = th(); next(t2)
print(t2.throw(ValueError))
g = (i for i in range(3))
try:
    g.throw(TypeError("before start"))
except TypeError as e:
    print("TypeError", e)
print(list(g))
def echo():
    r = yield
    while True:
        r = yield r
e = echo()
try:
    e.send(1)
except TypeError as x:
    print("TypeError:", x)
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as x:
    print("ValueError:", x)
async def simple(): return 1
s = simple()
print(repr(s).split(" at ")[0])
s.close()
import asyncio
print(asyncio.iscoroutine(s), asyncio.iscoroutinefunction(simple))
async def nested():
    async def inner(): return "inner"
    return await inner()
print(asyncio.run(nested()))
try:
    asyncio.run(5)
except ValueError as x:
    print("ValueError:", x)
async def no_await():
    return 1
coro = no_await()
try:
    for _ in coro: pass
except TypeError as x:
    print("TypeError:", x)
coro.close()
