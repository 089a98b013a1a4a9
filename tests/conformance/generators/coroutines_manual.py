# Coroutines, async for/with and asynchronous generators driven by hand (no event loop):
# each awaitable below yields a request tuple up to the driver, which answers via send().


class Request:
    """An awaitable that asks the driver for a value."""

    def __init__(self, what):
        self.what = what

    def __await__(self):
        answer = yield ("request", self.what)
        return answer


def drive(coro, answers=None):
    """Runs coro to completion, answering each request; returns (result, log)."""
    log = []
    answers = answers or {}
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as stop:
            return stop.value, log
        log.append(req)
        value = answers.get(req[1], len(log))


async def add(a, b):
    x = await Request(f"add {a}")
    y = await Request(f"add {b}")
    return a + b + x + y


async def nested():
    total = 0
    for i in range(3):
        total += await add(i, i)
    return total


print(drive(nested()))
print(drive(add(1, 2), {"add 1": 100, "add 2": 200}))

c = add(0, 0)
print(type(c).__name__, c.__name__, c.__qualname__)
print(repr(c).startswith("<coroutine object add at "))
c.close()

# await on things that are not awaitable
async def await_int():
    return await 5


try:
    drive(await_int())
except TypeError as e:
    print("TypeError:", e)


def plain_gen():
    yield 1


async def await_generator():
    return await plain_gen()


try:
    drive(await_generator())
except TypeError as e:
    print("TypeError:", e)

# awaiting a finished coroutine
async def twice():
    inner = add(1, 1)
    first = await inner
    try:
        await inner
    except RuntimeError as e:
        return first, str(e)


print(drive(twice()))

# a coroutine is not iterable
c = add(1, 1)
try:
    for _ in c:
        pass
except TypeError as e:
    print("TypeError:", e)
c.close()

# __await__ must give an iterator
class BadAwait:
    def __await__(self):
        return 42


async def await_bad():
    await BadAwait()


try:
    drive(await_bad())
except TypeError as e:
    print("TypeError:", e)

# exceptions thrown into a suspended coroutine
async def guarded():
    try:
        await Request("guarded")
    except KeyError as e:
        return f"handled {e!r}"
    return "not reached"


g = guarded()
print(g.send(None))
try:
    g.throw(KeyError("k"))
except StopIteration as stop:
    print("result:", stop.value)


# async with
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Request(f"enter {self.name}")
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        await Request(f"exit {self.name}")
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress


async def with_demo():
    async with Tracker("a") as a, Tracker("b") as b:
        print("body", a, b)
    async with Tracker("quiet", suppress=True):
        raise ValueError("swallowed")
    try:
        async with Tracker("loud"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with Tracker(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
    async with Tracker("ret"):
        return "returned from inside"


result, log = drive(with_demo())
print(result)
print(log)


async def bad_with():
    async with 42:
        pass


try:
    drive(bad_with())
except TypeError as e:
    print("TypeError:", e)


class OnlyEnter:
    async def __aenter__(self):
        return self


async def half_with():
    async with OnlyEnter():
        pass


try:
    drive(half_with())
except TypeError as e:
    print("TypeError:", e)


# async for over a class-based async iterator
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Request(f"tick {self.i}")
        return self.i * 10


async def for_demo():
    seen = []
    async for v in Ticker(3):
        seen.append(v)
    else:
        seen.append("else")
    async for v in Ticker(5):
        if v == 30:
            break
        seen.append(v)
    return seen


print(drive(for_demo()))


async def bad_for():
    async for x in [1, 2]:
        pass


try:
    drive(bad_for())
except TypeError as e:
    print("TypeError:", e)


# asynchronous generators
async def countdown(n):
    try:
        while n > 0:
            got = await Request(f"count {n}")
            yield n, got
            n -= 1
    finally:
        print("countdown finally")


async def agen_demo():
    out = [item async for item in countdown(3)]
    gen = countdown(2)
    out.append(await gen.__anext__())
    out.append(await anext(gen))
    out.append(await anext(gen, "default"))
    try:
        await anext(gen)
    except StopAsyncIteration:
        out.append("stopped")
    gen2 = countdown(5)
    out.append(await anext(gen2))
    await gen2.aclose()
    out.append(await anext(gen2, "after close"))
    return out


result, log = drive(agen_demo())
print(result)
print(len(log))


async def echo():
    history = []
    try:
        while True:
            value = yield len(history)
            history.append(value)
    except GeneratorExit:
        print("echo closing with", history)
        raise


async def echo_demo():
    e = echo()
    print(await e.asend(None), await e.asend("x"), await e.asend("y"))
    await e.aclose()


drive(echo_demo())


async def thrower():
    try:
        yield "first"
    except ValueError as exc:
        yield f"recovered from {exc}"
    yield "last"


async def athrow_demo():
    t = thrower()
    items = [await anext(t), await t.athrow(ValueError("bad")), await anext(t)]
    return items


print(drive(athrow_demo()))

ag = countdown(1)
print(type(ag).__name__, ag.__name__, repr(ag).startswith("<async_generator object countdown"))

# comprehensions that await
async def double(x):
    return 2 * (await Request(f"double {x}"))


async def comp_demo():
    a = [await double(i) for i in range(3)]
    b = {i: await double(i) for i in range(2)}
    c = {await double(i) for i in range(2)}
    d = [x async for x in Ticker(2) if x > 10]
    e = [[y async for y in Ticker(k)] for k in range(3)]
    gen = (v + 1 async for v in Ticker(2))
    f = [v async for v in gen]
    return a, b, sorted(c), d, e, f


print(drive(comp_demo(), {f"double {i}": i * 100 for i in range(3)}))

# compile-time errors
for src in [
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield from g()\n",
    "def f():\n    await x\n",
    "await x\n",
    "def f():\n    return [await x for x in y]\n",
    "def f():\n    async with x:\n        pass\n",
    "def f():\n    async for x in y:\n        pass\n",
    "async def f():\n    return lambda: await x\n",
]:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
