# `yield from` over iterators that are not generators: the value a StopIteration carries,
# throw()/close()/send() forwarding, and closing a chain of delegating generators.


def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        print("inner finally")


def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")


g = outer()
print(next(g))
g.close()
print("closed")


class Countdown:
    """An iterator class whose StopIteration carries a result."""

    def __init__(self, n, result):
        self.n = n
        self.result = result

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration(self.result)
        self.n -= 1
        return self.n


def delegate(it):
    r = yield from it
    print("yield from returned", repr(r))
    return r


print(list(delegate(Countdown(3, "done-val"))))
print(list(delegate(Countdown(0, ("tuple", 1)))))
print(list(delegate(Countdown(2, None))))


class BareStop(Countdown):
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(delegate(BareStop(2, "unused"))))


class StopSub(StopIteration):
    pass


class SubStop(Countdown):
    def __next__(self):
        raise StopSub("from subclass")


print(list(delegate(SubStop(0, None))))


def collect(it):
    # the return value of the delegating generator travels in its own StopIteration
    gen = delegate(it)
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as e:
            return items, e.value


print(collect(Countdown(2, 42)))
print(collect(iter([7, 8])))
print(collect(range(2)))

d = delegate(Countdown(5, "x"))
print(next(d))
try:
    d.throw(ValueError("into plain iterator"))
except ValueError as e:
    print("ValueError:", e)

d2 = delegate(Countdown(5, "x"))
next(d2)
try:
    d2.send(5)
except AttributeError as e:
    print("AttributeError:", e)


class WithThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return "n"

    def send(self, v):
        return f"sent {v}"

    def throw(self, *a):
        print("custom throw", type(a[0]).__name__)
        return "from throw"

    def close(self):
        print("custom close")


g3 = delegate(WithThrow())
print(next(g3), g3.send("hello"))
print(g3.throw(KeyError("x")))
g3.close()


class Fails:
    def __iter__(self):
        return self

    def __next__(self):
        raise LookupError("iterator broke")


try:
    list(delegate(Fails()))
except LookupError as e:
    print("LookupError:", e)


def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("catcher got", e)


def mid():
    yield from catcher()


m = mid()
next(m)
m.throw(ValueError("v1"))
m.throw(ValueError("v2"))
try:
    m.throw(TypeError("t"))
except TypeError as e:
    print("TypeError propagated:", e)
print(m.gi_frame is None)


def ret_in_finally():
    try:
        yield 1
    finally:
        return "finally-return"


r = ret_in_finally()
next(r)
try:
    r.throw(KeyError("lost"))
except StopIteration as e:
    print("StopIteration value", e.value)


def swallow_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"


s = swallow_exit()
next(s)
print(s.close())
