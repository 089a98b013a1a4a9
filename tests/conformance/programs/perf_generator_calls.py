"""Generators calling plain functions, and plain functions driving generators."""


def square(x):
    return x * x


def check(x):
    if x == 7:
        raise ValueError("seven")
    return x


def gen(n):
    for i in range(n):
        yield square(check(i))


print(list(gen(5)))
try:
    print(list(gen(10)))
except ValueError as e:
    print("gen error:", e)


def consume(it):
    total = 0
    for v in it:
        total += helper(v)
    return total


def helper(v):
    return v + 1


print(consume(gen(6)))


def relay(n):
    yield from gen(n)
    return "relayed"


def drive(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as stop:
            return out, stop.value


print(drive(relay(4)))


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(square(x))
    finally:
        print("echo closed with", received)


e = echo()
next(e)
for v in (2, 3, 4):
    print("sent", v, "->", e.send(v))
e.close()


def thrower():
    try:
        yield 1
    except KeyError as k:
        yield "caught " + str(k)
    yield 3


t = thrower()
print(next(t), t.throw(KeyError("k")), next(t))


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, add(a, b)


def add(a, b):
    return a + b


fg = fib_gen()
print([next(fg) for _ in range(15)])
fg.close()
print(sum(square(x) for x in range(10)), [square(x) for x in range(5) if check(x) % 2])
