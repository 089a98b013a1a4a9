# TypeError messages for calls with the wrong arguments: missing, unexpected, duplicate,
# positional-only, keyword-only and surplus arguments, for functions, lambdas, methods,
# classes and builtins; each caught and shown as type, message and args.
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, "|", e, "|", e.args)

def f(a, b, c=3): return a+b+c
def g(a, /, b, *, c): return (a,b,c)
def h(*args, key): return args, key
def kw(**kw): return kw
lam = lambda x, y: x*y
class C:
    def __init__(self, x, y=2): self.x=x
    def m(self, a): return a
    @staticmethod
    def s(a, b): return a
    @classmethod
    def cm(cls, a): return a
class D: pass
class E:
    def __init__(self): pass

show(f)
show(f, 1)
show(f, 1, 2, 3, 4)
show(f, 1, 2, a=5)
show(f, 1, 2, d=5)
show(f, b=2, c=1)
show(g, 1, 2, 3)
show(g, a=1, b=2, c=3)
show(g, 1, 2)
show(g, 1, b=2)
show(g)
show(h, 1, 2)
show(h, 1, 2, key=1, other=2)
show(kw, 1)
show(lam, 1)
show(lam, 1, 2, 3)
show(lam, x=1, z=2)
show(C)
show(C, 1, 2, 3)
show(C, 1, z=3)
show(C(1).m)
show(C(1).m, 1, 2)
show(C.m, 1)
show(C.s, 1)
show(C.cm)
show(D, 1)
show(D, a=1)
show(E, 1)
show(len, 1, 2)
show(len)
show(len, [1], x=2)
show(int, x=1)
show(int, "1", 10, 3)
show(str, 1, 2, 3, 4)
show(list, 1, 2)
show(dict, 1, 2)
show(sorted, [1], 2)
show(max)
show(min, [])
show(max, 1)
show(abs, 1, 2)
show(isinstance, 1)
show(getattr, 1)
show(divmod, 1)
show(range)
show(range, 1, 2, 3, 4)
show(zip, 1)
show(enumerate, 5)
show(iter, 5)
show(next, [1])
show(print, sep=1)
show(print, end=5)
show("abc".split, 1, 2, 3)
show("abc".join, [1, 2])
show([].append)
show([].append, 1, 2)
show({}.get)
show({}.pop)
show({}.setdefault)
show(object, 1)
show(type, 1, 2)
show(lambda: f(*5))
show(lambda: f(**5))
show(lambda: f(**{1: 2}))
show(lambda: f(1, **{"b": 2}, **{"b": 3}))
show(lambda: f(1, b=2, **{"b": 3}))
def deep(a, b, c, d, e): pass
show(deep, 1)
show(deep, 1, 2, 3)
show(deep, 1, 2, 3, 4, e=5, d=1)
def kwo(*, a, b, c): pass
show(kwo)
show(kwo, 1)
show(kwo, a=1)
def defs(a, b=1, *, c=2): pass
show(defs, 1, 2, 3)
show(defs, 1, 2, 3, 4, c=1)
def va(a, *args): pass
show(va)
