def averager():
    total, count, avg = 0.0, 0, None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  reset because", e)
            total, count, avg = 0.0, 0, None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
g = averager()
print(next(g))
for v in [10, 20, 30]:
    print(g.send(v))
print(g.throw(ValueError("bad data")))
print(g.send(5), g.send(7))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)
def closable():
    try:
        while True:
            yield "tick"
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  finally ran")
c = closable()
print(next(c), next(c))
c.close()
c.close()
try:
    next(c)
except StopIteration:
    print("exhausted after close")
def unprimed():
    x = yield
    print("received", x)
    yield x * 2
u = unprimed()
try:
    u.send(1)
except TypeError as e:
    print("TypeError:", e)
print(next(u), u.send(21))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
t = closable()
next(t)
try:
    t.throw(KeyError("boom"))
except KeyError as e:
    print("propagated", repr(e))
