def g():
    yield 1
    yield 2
gen = g()
print(gen.__name__, gen.gi_running, gen.gi_frame is not None)
print(list(gen), list(gen), gen.gi_frame)
def lazy():
    print("body started")
    yield "first"
l = lazy()
print("created")
print(next(l))
it = iter(range(3))
print(iter(it) is it, next(it))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
def gen_return_only():
    return 5
    yield
try:
    next(gen_return_only())
except StopIteration as e:
    print("value", e.value)
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
for i, f in enumerate(fibs()):
    if i > 90:
        print(i, f)
        break
