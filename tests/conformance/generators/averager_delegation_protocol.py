def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            term = yield avg
        except ValueError as e:
            print("got error", e)
            continue
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)

def delegator(results, key):
    while True:
        results[key] = yield from averager()

def grouper():
    results = {}
    data = {"a": [1, 2, 3], "b": [10, 20]}
    for key, values in data.items():
        g = delegator(results, key)
        next(g)
        for v in values:
            print(key, g.send(v))
        g.throw(ValueError("bad"))
        g.send(None)
    print(results)

grouper()

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = gen()
print(next(g))
g.close()
print(list(g))

def gen2():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = gen2()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print([next(c) for _ in range(3)], c.send("reset"), next(c))

def stopper():
    yield 1
    raise StopIteration("x")
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

g = (x * x for x in range(5))
print(g.__name__, g.__qualname__)
print(sum(g), list(g))
def inner():
    x = yield 1
    print("inner got", x)
    return "done"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield r
o = outer()
print(next(o)); print(o.send("hi"))
try:
    next(o)
except StopIteration as e:
    print("stop", e.value)
gi = gen()
print(gi.gi_running, gi.gi_frame is not None)
next(gi)
gi.close()
print(gi.gi_frame)
def thrower():
    try:
        yield
    except KeyError as e:
        return f"caught {e}"
t = thrower(); next(t)
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
