def risky_gen():
    for i in range(5):
        if i == 3:
            raise ValueError(f"bad item {i}")
        yield i
got = []
try:
    for v in risky_gen():
        got.append(v)
except ValueError as e:
    print("caught", e, "after", got)
def safe_gen(items):
    for x in items:
        try:
            yield 10 / x
        except ZeroDivisionError:
            yield float("inf")
print(list(safe_gen([1, 0, 4])))
def cleanup_gen():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("closing early")
        raise
    finally:
        print("cleanup")
g = cleanup_gen()
print(next(g))
g.close()
print("after close")
def thrower():
    while True:
        try:
            yield
        except KeyError as e:
            print("handled inside:", e)
t = thrower(); next(t)
t.throw(KeyError("k1")); t.throw(KeyError("k2"))
try:
    t.throw(TypeError("unhandled"))
except TypeError as e:
    print("escaped:", e)
