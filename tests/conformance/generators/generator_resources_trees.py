class Res:
    def __init__(self, n): self.n = n
    def __enter__(self): print("open", self.n); return self
    def __exit__(self, et, ev, tb): print("close", self.n, et.__name__ if et else None); return False
def reader(n):
    with Res(n) as r:
        for i in range(3):
            yield f"{r.n}:{i}"
g = reader("a")
print(next(g), next(g))
g.close()
print("---")
g = reader("b")
next(g)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("propagated", e)
print(list(reader("c")))
def lazy_first():
    print("evaluating outer iterable")
    return range(3)
ge = (x * y for x in lazy_first() for y in range(2))
print("created")
print(list(ge))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError eager:", e)
def g_ret():
    try:
        yield 1
        return "ret"
    finally:
        print("finally in g_ret")
def deleg():
    r = yield from g_ret()
    print("deleg got", r)
    return r.upper()
d = deleg()
print(list(d))
def gen_exc():
    try:
        yield 1
        raise KeyError("inner")
    except KeyError:
        yield "handled"
    yield "after"
print(list(gen_exc()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))
print([x for x in itertools.takewhile(lambda v: v < 100, fib())][-1])
def pipeline():
    def source():
        for line in ["a,1", "b,2", "bad", "c,3"]:
            yield line
    def parse(lines):
        for l in lines:
            try:
                k, v = l.split(",")
                yield k, int(v)
            except ValueError as e:
                print("skip", repr(l), e)
    def running(pairs):
        total = 0
        for k, v in pairs:
            total += v
            yield k, total
    return dict(running(parse(source())))
print(pipeline())
def sub():
    x = yield "first"
    while x != "stop":
        x = yield f"echo {x}"
    return "sub-done"
def main():
    result = yield from sub()
    yield result
m = main()
print(next(m), m.send("a"), m.send("b"), m.send("stop"))
def gi():
    yield from range(3)
    yield from "ab"
    yield from {"k": 1}
    yield from (i for i in [9])
print(list(gi()))
class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), max(t), 3 in t)
def depth_first(t, depth=0):
    yield depth, t.v
    for k in t.kids:
        yield from depth_first(k, depth + 1)
for d, v in depth_first(t):
    print("  " * d + str(v))
gen = (i for i in range(3))
print(next(gen), list(gen), next(gen, "exhausted"))
def early():
    return
    yield
print(list(early()), type(early()).__name__)
def infinite():
    n = 0
    while True:
        n += 1
        yield n
for x in infinite():
    if x > 3: break
print("broke at", x)
z = zip(infinite(), "abc")
print(list(z))
print(list(map(lambda p: p[0] * p[1], zip(infinite(), [10, 20]))))
def stop_in_gen():
    yield 1
    next(iter([]))
try:
    list(stop_in_gen())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
