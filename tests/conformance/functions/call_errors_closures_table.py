def attempt(label, f):
    try: print(label, '->', f())
    except Exception as e: print(label, '!!', type(e).__name__, e)
def f(a, b, /, c, *, d, e=5): return (a, b, c, d, e)
def g(*args, **kwargs): return args, kwargs
def h(a, b=2, *rest, key=None, **opts): return a, b, rest, key, opts
class K:
    def m(self, x, y=1): return x + y
    @classmethod
    def c(cls, z): return z
    @staticmethod
    def s(q): return q
    def __init__(self, v): self.v = v
tests = [
 ('ok', lambda: f(1, 2, 3, d=4)), ('kwposonly', lambda: f(1, b=2, c=3, d=4)), ('missing kwonly', lambda: f(1, 2, 3)),
 ('too many', lambda: f(1, 2, 3, 4, d=1)), ('missing pos', lambda: f(1)), ('unexpected', lambda: f(1, 2, 3, d=4, z=1)),
 ('dup', lambda: h(1, a=2)), ('h', lambda: h(1, 2, 3, 4, key='k', x=1)), ('g', lambda: g(*[1, 2], **{'a': 3})),
 ('star non-iter', lambda: g(*5)), ('star-star non-map', lambda: g(**[1])), ('dup kw', lambda: g(**{'a': 1}, **{'a': 2})),
 ('nonstr kw', lambda: g(**{1: 2})), ('method missing', lambda: K(1).m()), ('method extra', lambda: K(1).m(1, 2, 3)),
 ('unbound', lambda: K.m(1)), ('init missing', lambda: K()), ('init extra', lambda: K(1, 2)), ('init kw', lambda: K(w=1)),
 ('cm', lambda: K.c()), ('sm', lambda: K.s(1, 2)), ('lambda', lambda: (lambda x: x)()), ('lambda kw', lambda: (lambda: 0)(a=1)),
 ('missing 3', lambda: (lambda a, b, c: 0)()), ('missing kw 2', lambda: (lambda *, a, b: 0)()), ('pos as kw', lambda: (lambda a, /: a)(a=1)),
 ('takes 0', lambda: (lambda: 0)(1)), ('takes 1 given 2', lambda: (lambda a: 0)(1, 2)), ('takes 1 to 2', lambda: (lambda a, b=1: 0)(1, 2, 3)),
 ('kwonly extra pos', lambda: (lambda a, *, b: 0)(1, 2, b=3)), ('builtin kw', lambda: len(obj=1)), ('sorted pos', lambda: sorted([1], None)),
 ('int kw', lambda: int(x='1')), ('print kw', lambda: print('a', foo=1)), ('dict kw ok', lambda: dict(a=1, b=2)),
 ('max kw', lambda: max(1, 2, key=1)), ('str kw', lambda: str(object=5)), ('str enc', lambda: str(b'a', encoding='ascii')),
 ('range kw', lambda: range(stop=3)), ('list kw', lambda: list(x=1)), ('divmod 1', lambda: divmod(1)), ('getattr 4', lambda: getattr(1, 'a', 2, 3)),
 ('isinstance 1', lambda: isinstance(1)), ('round kw', lambda: round(number=1.5, ndigits=0)), ('enumerate kw', lambda: list(enumerate(iterable='ab', start=1))),
 ('zip strict', lambda: list(zip('ab', 'c', strict=True))), ('zip strict2', lambda: list(zip('a', 'bc', strict=True))),
 ('sum kw', lambda: sum([1], start=10)), ('pow kw', lambda: pow(base=2, exp=3, mod=5)), ('min key none', lambda: min('bca', key=None)),
 ('gen args', lambda: g(*(i for i in range(3)))), ('nested defaults', lambda: (lambda a=[]: a)() is (lambda a=[]: a)()),
]
for label, fn in tests: attempt(label, fn)
def counter():
    n = 0
    def inc(step=1):
        nonlocal n; n += step; return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(5), c2(), c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
def acc(x, _cache={}):
    _cache[x] = _cache.get(x, 0) + 1; return dict(_cache)
print(acc(1), acc(2), acc(1))
def deco_with_args(prefix):
    def deco(fn):
        def wrapper(*a, **k): return f'{prefix}:{fn(*a, **k)}'
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@deco_with_args('P')
def hello(n): return 'hi ' + n
print(hello('x'), hello.__name__)
def outer():
    x = 'outer'
    def mid():
        def inner(): return x
        return inner()
    x = 'changed'
    return mid()
print(outer())
funcs = [lambda i=i: i * 2 for i in range(3)]; print([fn() for fn in funcs])
late = [lambda: i for i in range(3)]; print([fn() for fn in late])
def gen_kw(*, a=1, **rest): return a, rest
print(gen_kw(**{'a': 5, 'b': 6}), gen_kw(b=1))
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec.__name__, rec.__code__.co_argcount)
def annotated(x: 'int' = 3, *a: str, y: bool = True, **k: float) -> list: pass
print(annotated.__annotations__)
