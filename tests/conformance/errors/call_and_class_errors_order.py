"""Which error a bad call or class statement reports first: an unknown keyword before a
surplus positional, the MRO conflict naming only the stuck bases, and a repr too deep."""


class A:
    def __init__(self, a):
        self.a = a


try:
    A(1, 2, c=3)
except TypeError as e:
    print("TypeError:", e)


def f(x, *, y):
    return x, y


for args, kw in (((1, 2), {"z": 1}), ((1, 2), {"y": 1}), ((), {"y": 1})):
    try:
        f(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)


class B:
    pass


class C(B):
    pass


class D(B):
    pass


try:
    class X(B, C, D):
        pass
except TypeError as e:
    print("TypeError:", e)


class Q:
    pass


try:
    del Q()[0]
except TypeError as e:
    print("TypeError:", e)

d = {}
inner = d
for _ in range(3000):
    inner["k"] = {}
    inner = inner["k"]
print(repr(d))
