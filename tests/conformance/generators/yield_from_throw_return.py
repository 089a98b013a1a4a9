# generator pipelines + send/throw/close
import sys

def read_records(lines):
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        yield n, line

def parse(records):
    for n, line in records:
        name, _, rest = line.partition('=')
        try:
            yield n, name.strip(), int(rest)
        except ValueError as e:
            print(f"line {n}: bad value: {e}")

def running_total(items):
    total = 0
    try:
        for n, name, v in items:
            total += v
            yield name, v, total
    finally:
        print("running_total finally, total =", total)

data = """
# config
a = 1
b = 2
c = x
d = 40

e = -3
""".splitlines()
for row in running_total(parse(read_records(data))):
    print(row)

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            term = yield avg
        except ValueError as e:
            print("averager got", repr(e))
            continue
        except GeneratorExit:
            print("averager closing at count", count)
            raise
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)

a = averager()
print(next(a))
for x in [10, 20, 30]:
    print(a.send(x))
print(a.throw(ValueError("oops")))
print(a.send(5))
try:
    a.send(None)
except StopIteration as si:
    print("StopIteration value", si.value, si.args)

a2 = averager(); next(a2); a2.send(1)
a2.close()
a2.close()
print(a2.gi_frame)
try:
    a2.send(1)
except StopIteration as e:
    print("send after close:", repr(e))

def delegator():
    while True:
        res = yield from averager()
        print("delegate got", res)
        if res[0] > 2:
            return res

d = delegator()
next(d)
for v in [1, 2, None, 4, 5, 6, None]:
    try:
        print("sent", v, "->", d.send(v))
    except StopIteration as e:
        print("done", e.value)

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

def thrower():
    try:
        yield 1
        yield 2
    except KeyError as k:
        print("caught", k)
        yield 'recovered'
    yield 'end'

t = thrower()
print(next(t))
print(t.throw(KeyError('k')))
print(next(t))
try:
    t.throw(TypeError, "later", None)
except TypeError as e:
    print("propagated", repr(e))
print(list(t))

def gen_ret():
    yield 1
    return 'value'
g = gen_ret()
print(list(g))
g = gen_ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("ret", repr(e.value))

def inner():
    x = yield 'i1'
    print("inner got", x)
    try:
        y = yield 'i2'
    except IndexError:
        print("inner handled IndexError")
        y = 'idx'
    return x, y

def outer():
    r = yield from inner()
    print("outer r", r)
    yield 'o-last'

o = outer()
print(next(o))
print(o.send('A'))
print(o.throw(IndexError))
try:
    next(o)
except StopIteration:
    print("outer finished")

# generator raising StopIteration inside -> RuntimeError
def bad():
    yield 1
    raise StopIteration("inner stop")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)

# gi_running / gi_yieldfrom / gi_suspended
def selfref():
    print("running?", g2.gi_running)
    yield
g2 = selfref()
next(g2)
print(g2.gi_running, g2.gi_suspended if hasattr(g2, 'gi_suspended') else 'n/a')
def yf():
    yield from g3inner
g3inner = iter([1,2])
g3 = yf()
next(g3)
print(g3.gi_yieldfrom is g3inner)
print(g3.__name__, g3.__qualname__)

def recur():
    yield next(r)
r = recur()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
