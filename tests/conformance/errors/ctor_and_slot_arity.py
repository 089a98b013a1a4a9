# Constructor and slot-wrapper argument errors, with CPython's wording for each.


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, "|", e)


# bytes() and bytearray() say different things about the same bad source.
show("bytes float", lambda: bytes(5.5))
show("bytearray float", lambda: bytearray(5.5))
show("bytes None", lambda: bytes(None))
show("bytearray None", lambda: bytearray(None))
show("bytes object", lambda: bytes(object()))
show("bytes 256", lambda: bytes([1, 256]))
show("bytearray 256", lambda: bytearray([1, 256]))
show("bytearray -1", lambda: bytearray([-1]))
show("bytes float item", lambda: bytes([1.5]))
show("bytes gen", lambda: bytes(x * 2 for x in range(4)))
show("bytearray gen", lambda: bytearray(x for x in range(250, 257)))
show("bytes ok", lambda: bytes([104, 105]))
show("bytes str", lambda: bytes("hi"))


def broken():
    yield 1
    raise TypeError("from inside the iterable")


show("bytes broken iterable", lambda: bytes(broken()))

# int(): the argument count is checked before the keyword names.
show("int x kw", lambda: int(x=1))
show("int base and x", lambda: int(base=2, x=1))
show("int three", lambda: int("1", x=1, base=2))
show("int base kw", lambda: int("101", base=2))
show("int too many", lambda: int("1", 2, 3))


# Generators and iterators check their method arguments.
def gen():
    yield 1
    yield 2


g = gen()
show("gen next", lambda: g.__next__())
show("gen next extra", lambda: g.__next__(1))
show("gen close extra", lambda: g.close(1))
show("gen close extra2", lambda: g.close(1, 2))
show("gen send none", lambda: g.send())
it = iter([10, 20])
show("iter next", lambda: it.__next__())
show("iter next extra", lambda: it.__next__(1, 2))
show("iter next kw", lambda: it.__next__(x=1))
show("iter next again", lambda: next(it))
show("iter exhausted", lambda: next(it))
show("gen close", lambda: g.close())
show("gen after close", lambda: next(g))

# property.__get__ has an unnamed arity message.
p = property(lambda self: "got")
show("prop get none", lambda: p.__get__())
show("prop get obj", lambda: p.__get__(1))
show("prop get cls", lambda: p.__get__(None, int) is p)
show("prop get many", lambda: p.__get__(1, 2, 3))
