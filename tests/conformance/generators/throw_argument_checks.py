# gen.throw() checks its arguments before touching the generator: a bad call raises
# TypeError in the caller and the generator stays suspended where it was.


def worker():
    total = 0
    try:
        while True:
            try:
                item = yield total
            except ValueError as e:
                print("  worker caught", repr(e))
                total = -1
                continue
            total += item
    finally:
        print("  worker finally")


g = worker()
print("start", next(g))
print("send 5", g.send(5))
for bad in [1, "boom", None, 3.5, [ValueError], object, int]:
    try:
        g.throw(bad)
    except TypeError as e:
        print("throw", type(bad).__name__, "->", e)
print("still alive, send 2:", g.send(2))

# Class plus value: the value becomes the argument, a tuple the arguments.
print("throw(ValueError, 'msg') ->", g.throw(ValueError, "msg"))
print("throw(ValueError, ('a', 1)) ->", g.throw(ValueError, ("a", 1)))
print("throw(ValueError, None) ->", g.throw(ValueError, None))
print("throw(ValueError, ValueError('x')) ->", g.throw(ValueError, ValueError("x")))
print("throw(ValueError, KeyError('k')) ->", g.throw(ValueError, KeyError("k")))

# An instance may not come with a separate value.
try:
    g.throw(ValueError("inst"), "extra")
except TypeError as e:
    print("instance + value ->", e)
print("instance + None ->", g.throw(ValueError("inst"), None))

# The third argument must be a traceback.
for tb in [5, "tb", []]:
    try:
        g.throw(ValueError, "v", tb)
    except TypeError as e:
        print("tb", type(tb).__name__, "->", e)
print("tb None ->", g.throw(ValueError, "v", None))
try:
    g.throw()
except TypeError as e:
    print("no args ->", e)
try:
    g.throw(ValueError, 1, None, 2)
except TypeError as e:
    print("four args ->", e)

print("final send", g.send(10))
g.close()
print("closed, frame:", g.gi_frame)
try:
    g.throw(1)
except TypeError as e:
    print("after close ->", e)
try:
    g.throw(KeyError("late"))
except KeyError as e:
    print("after close, real exception ->", repr(e))


# A not-yet-started generator: a bad throw leaves it startable.
def numbers():
    yield 1
    yield 2


n = numbers()
try:
    n.throw("nope")
except TypeError as e:
    print("unstarted ->", e)
print("then", list(n))


# An exception class whose construction fails: the caller sees that error.
class Picky(Exception):
    def __init__(self, *args):
        raise RuntimeError("no thanks")


n = numbers()
next(n)
try:
    n.throw(Picky)
except RuntimeError as e:
    print("picky ->", e)
print("after picky", list(n))
