import functools
class Greeter:
    def hello(self, name='x'): return f'hi {name}'
g = Greeter()
m = g.hello
print(m.__func__ is Greeter.hello, m.__self__ is g, m.__name__, m.__qualname__, m.__doc__, m == g.hello, m is g.hello, hash(m) == hash(g.hello))
print(Greeter.hello.__defaults__, Greeter.hello.__code__.co_varnames, Greeter.hello.__code__.co_argcount, Greeter.hello.__module__)
def kw(a, b=2, *args, c, d=4, **kw): pass
print(kw.__defaults__, kw.__kwdefaults__, kw.__code__.co_kwonlyargcount, kw.__code__.co_flags & 0x0c, kw.__code__.co_name, kw.__code__.co_posonlyargcount)
kw.__defaults__ = (9,)
def show(a, b=1): return (a, b)
show.__defaults__ = (5,)
print(show(1), show.__name__)
show.__name__ = 'renamed'; print(show.__name__, show.__qualname__)
show.custom = 1; print(show.__dict__)
class Cached:
    def __init__(self): self.calls = 0
    @functools.cached_property
    def data(self):
        self.calls += 1; return [1, 2, 3]
c = Cached(); print(c.data, c.data, c.calls, 'data' in c.__dict__); del c.data; print(c.data, c.calls)
class Disp:
    @functools.singledispatchmethod
    def f(self, x): return 'default'
    @f.register
    def _(self, x: int): return 'int'
    @f.register(list)
    def _(self, x): return 'list'
print(Disp().f(1), Disp().f([]), Disp().f('s'), Disp().f(True))
@functools.singledispatch
def area(s): raise NotImplementedError(type(s).__name__)
@area.register
def _(s: int): return s * s
@area.register(float)
def _(s): return round(s * s, 2)
print(area(3), area(1.5))
try: area('x')
except NotImplementedError as e: print('NIE', e)
print(sorted(t.__name__ for t in area.registry))
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        'wrapper doc'
        return f(*a, **k) * 2
    return w
class K:
    @deco
    def val(self, n):
        "doc of val"
        return n
print(K().val(4), K.val.__name__, K.val.__doc__, K.val.__qualname__, K.val.__wrapped__.__name__)
p = functools.partial(Greeter.hello, g, name='bob')
print(p(), p.func is Greeter.hello, p.args == (g,), p.keywords)
class Memo:
    @functools.lru_cache(maxsize=None)
    def fib(self, n): return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)
print(Memo().fib(30), Memo.fib.cache_info().hits > 0)
class Counter:
    count = 0
    def __call__(self, *a):
        Counter.count += 1; return len(a)
ctr = Counter(); print(ctr(1, 2), ctr(), callable(ctr), Counter.count, callable(Counter))
class Sm:
    @staticmethod
    def s(x): return x + 1
    @classmethod
    def c(cls): return cls
print(Sm.s(1), Sm.__dict__['s'](2), type(Sm.__dict__['s']).__name__, Sm.__dict__['c'].__func__.__name__, Sm.c() is Sm)
print(isinstance(Sm.__dict__['s'], staticmethod), Sm.__dict__['s'].__func__.__name__, Sm.__dict__['s'].__wrapped__.__name__)
class Deco:
    def __init__(self, f): functools.update_wrapper(self, f); self.f = f; self.n = 0
    def __call__(self, *a): self.n += 1; return self.f(*a)
    def __get__(self, obj, t=None): return functools.partial(self, obj) if obj is not None else self
class UsesDeco:
    @Deco
    def m(self, x): return x * 3
u = UsesDeco(); print(u.m(2), u.m(3), UsesDeco.m.n, UsesDeco.m.__name__)
def register(cls):
    cls.registered = True
    return cls
def add_repr(cls):
    def __repr__(self): return f'{cls.__name__}({", ".join(f"{k}={v!r}" for k, v in vars(self).items())})'
    cls.__repr__ = __repr__
    return cls
@register
@add_repr
class Pt:
    def __init__(self, x, y): self.x = x; self.y = y
print(Pt(1, 'a'), Pt.registered)
class WithClassCell:
    def get(self): return __class__
    def meth(self): return super().__repr__.__name__
print(WithClassCell().get().__name__, WithClassCell().meth())
class Outer:
    class Inner:
        class Deep:
            def m(self): pass
print(Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.m.__qualname__, Outer.Inner.__name__)
def factory():
    class Local:
        def m(self): pass
    return Local
print(factory().__qualname__, factory().m.__qualname__, factory() is factory())
print((lambda: 0).__qualname__, (lambda: 0).__name__)
