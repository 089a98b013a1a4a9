def f(*args, **kwargs):
    return args, kwargs
print(f(*(), **{}))
print(f(*"abc", *[1], **{"x": 1}, y=2))
print(f(*range(3), *{"k": 1}))
gen = (i * i for i in range(3))
print(f(*gen))
print(f(**dict(a=1), **{"b": 2}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
def g(a, b, /, c, *, d):
    return a, b, c, d
args = [1, 2]
print(g(*args, 3, d=4), g(*args, c=3, d=4))
first, second, *rest = "hello world".split() + ["!"]
print(first, second, rest)
print([*range(2), *"xy"], (*[1], *[2]), {*"aab"} == {"a", "b"}, {**{"a": 1}, "b": 2})
