def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3), outer("a")("b")("c"))
def make_ops():
    ops = {}
    def register(fn):
        ops[fn.__name__] = fn
        return fn
    @register
    def double(v): return v * 2
    @register
    def square(v): return v * v
    return ops
print({k: f(5) for k, f in make_ops().items()})
def counter_factory():
    counts = {"calls": 0}
    def tick():
        counts["calls"] += 1
        return counts["calls"]
    def reset():
        counts["calls"] = 0
    return tick, reset
tick, reset = counter_factory()
print(tick(), tick(), tick(), reset(), tick())
def fib_gen_factory():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
fib = fib_gen_factory()
print(fib(90), fib(10))
def make_adders():
    adders = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])
