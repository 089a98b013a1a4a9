# '__dict__' and '__weakref__' in __slots__ are requests, not slot names.
class R:
    __slots__ = ('a', '__dict__')

r = R()
r.a = 1
r.g = 2
print(r.a, r.g, r.__dict__, R.__slots__)


class R2(R):
    __slots__ = ('b',)


r2 = R2()
r2.b = 1
r2.z = 5
print(r2.__dict__, r2.b, r2.a if hasattr(r2, 'a') else 'no a')


class W:
    __slots__ = ('x', '__weakref__')


w = W()
w.x = 3
print(w.x, hasattr(w, '__dict__'))
try:
    w.y = 1
except AttributeError as e:
    print("AttributeError:", e)


class Plain:
    __slots__ = ('p', 'q')

    def __init__(self):
        self.p = 0


pl = Plain()
try:
    pl.other = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(pl.q)
except AttributeError as e:
    print("AttributeError:", e)


class Free(Plain):
    pass


f = Free()
f.other = 9
print(f.p, f.other, f.__dict__)

# Built-in methods name their type in __qualname__.
print("".upper.__qualname__, str.upper.__qualname__, [].append.__qualname__, len.__qualname__)
print(dict.fromkeys.__qualname__, {}.get.__qualname__, (1).bit_length.__qualname__)
