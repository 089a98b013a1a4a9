# Context managers whose __exit__ suppresses or fails, finally overriding return, generators
# closed and thrown into, StopIteration turned into RuntimeError, and errors raised inside
# comprehensions and generator expressions.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, repr(ev), tb is not None)
        return self.suppress

with Resource("a", suppress=True) as r:
    raise ValueError("inside")
print("after a")
try:
    with Resource("b"), Resource("c", suppress=False):
        raise KeyError("kk")
except KeyError as e:
    print("caught", repr(e))

class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        1 / 0
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except Exception as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except Exception as e:
    print(type(e).__name__, e)

def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "done"
try:
    print(g())
except ValueError as e:
    print("g raised", e)
def h():
    try:
        1 / 0
    finally:
        print("cleanup h")
try:
    h()
except ZeroDivisionError as e:
    print("h:", e)
def k():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
    finally:
        print("k finally")
try:
    k()
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)

def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing gen")
        raise
    finally:
        print("gen finally")
it = gen()
print(next(it))
it.close()
it = gen()
next(it)
try:
    it.throw(ValueError("thrown"))
except ValueError as e:
    print("throw propagated", e)
def gen2():
    while True:
        try:
            x = yield
        except ValueError as e:
            print("gen2 handled", e)
            yield "recovered"
g2 = gen2(); next(g2)
print(g2.throw(ValueError("v1")))
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close(); next(b)
try:
    b.close()
except RuntimeError as e:
    print("close:", e)
def stopper():
    yield 1
    raise StopIteration("inner")
try:
    for x in stopper():
        print("got", x)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print("comp", e)
try:
    sum(int(s) for s in ["1", "two"])
except ValueError as e:
    print("genexp", e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print("dictcomp", e)
gg = (i for i in range(3))
next(gg)
try:
    gg.throw(KeyError, "k")
except KeyError as e:
    print("throw type+val", repr(e))
def running():
    yield next(me)
me = running()
try:
    next(me)
except ValueError as e:
    print(e)
try:
    next(me)
except StopIteration:
    print("exhausted after error")
def retgen():
    yield 1
    return "retval"
r = retgen(); next(r)
try:
    next(r)
except StopIteration as e:
    print("stop value", e.value, e.args)
def delegator():
    result = yield from retgen()
    print("delegated result", result)
list(delegator())
