# Driving coroutines by hand: what send(), throw() and close() raise at each stage,
# next to a generator doing the same.


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "->", type(e).__name__, "|", e)


async def work(x):
    return x * 2


async def fails():
    raise KeyError("inside")


c = work(3)
show("send non-None first", lambda: c.send(1))
show("send None", lambda: c.send(None))
show("send again", lambda: c.send(None))
show("throw after done", lambda: c.throw(ValueError("late")))
show("close done", lambda: c.close())

c2 = work(4)
show("throw first", lambda: c2.throw(ValueError("early")))
show("send after throw", lambda: c2.send(None))

c3 = work(5)
show("close unstarted", lambda: c3.close())
show("send after close", lambda: c3.send(None))

c4 = fails()
show("send to failing", lambda: c4.send(None))
show("send after failure", lambda: c4.send(None))


def gen():
    x = yield 1
    print("got", x)
    yield 2


g = gen()
show("gen send first", lambda: g.send("a"))
show("gen next", lambda: next(g))
show("gen send", lambda: g.send("b"))
show("gen send end", lambda: g.send("c"))
show("gen send after end", lambda: g.send(None))
show("gen throw after end", lambda: g.throw(ValueError("late")))
print(type(c).__name__, c.__name__, c.__qualname__)
