def total(*nums):
    return sum(nums)
def describe(first, *rest, sep=", ", **opts):
    return f"{first} | {sep.join(map(str, rest))} | {sorted(opts.items())}"
print(total(), total(1), total(1, 2, 3), total(*range(10)))
print(describe(1), describe(1, 2, 3), describe(1, 2, sep="-", color="red", size=3))
args = (4, 5)
kwargs = {"sep": "/", "mode": "x"}
print(describe(*args, **kwargs), describe(0, *args, 6, *args))
def show(**kw):
    return kw
print(show(), show(a=1, b=2), show(**{"x": 1}, y=2))
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1, 2, 3]), f(1, *[2, 3]), f(**{"c": 3, "a": 1, "b": 2}), f(1, c=3, **{"b": 2}))
try:
    f(1, **{"a": 2, "b": 3, "c": 4})
except TypeError as e:
    print("TypeError:", e)
def collect(*args, **kwargs):
    return type(args).__name__, type(kwargs).__name__, args, kwargs
print(collect(1, [2], k=None))
print(*[1, 2, 3], sep="-")
first, *_ = [9, 8, 7]
print(first)
