import weakref, inspect, types, reprlib, contextlib, copyreg
class Node:
    def __init__(self, name): self.name = name
    def __repr__(self): return f'Node({self.name})'
a = Node('a')
r = weakref.ref(a)
print(r() is a, r() , weakref.getweakrefcount(a), type(r).__name__)
d = weakref.WeakValueDictionary(); d['x'] = a; print(list(d.keys()), d['x'], len(d), 'x' in d)
k = weakref.WeakKeyDictionary(); k[a] = 1; print(k[a], len(k), list(k.items()))
ws = weakref.WeakSet([a]); print(len(ws), a in ws)
p = weakref.proxy(a); print(p.name, repr(p)[:25] if False else '')
try: weakref.ref(1)
except TypeError as e: print(e)
class S:
    __slots__ = ('v',)
try: weakref.ref(S())
except TypeError as e: print(e)
def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc here.

    More."""
    return ''
sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.parameters['b'].default, sig.parameters['b'].annotation, sig.return_annotation, sig.parameters['c'].kind)
print(inspect.getdoc(f), inspect.isfunction(f), inspect.ismethod(Node('x').__repr__), inspect.isclass(Node), inspect.isgeneratorfunction(f))
b = sig.bind(1, c=3); b.apply_defaults(); print(b.arguments, b.args, b.kwargs)
try: sig.bind()
except TypeError as e: print(e)
class K:
    def m(self, x, y=1): pass
    @classmethod
    def c(cls, z): pass
    @staticmethod
    def s(q, *, w): pass
    @property
    def p(self): return 1
print(inspect.signature(K.m), inspect.signature(K().m), inspect.signature(K.c), inspect.signature(K.s))
print([n for n, _ in inspect.getmembers(K) if not n.startswith('__')], [n for n, v in inspect.getmembers(K, inspect.isfunction)])
print(inspect.getmro(type(True)), inspect.isabstract(K), inspect.getattr_static(K, 'p').__class__.__name__)
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=3))
print(types.SimpleNamespace(a=1, b=[2]), types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
ns = types.SimpleNamespace(x=1); ns.y = 2; del ns.x; print(ns, vars(ns))
print(types.MappingProxyType({'a': 1})['a'], type(K.__dict__).__name__, isinstance(f, types.FunctionType), isinstance(K().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
def gen(): yield 1
print(isinstance(gen(), types.GeneratorType), types.new_class('NC', (Node,), {}).__mro__[1].__name__)
mp = types.MappingProxyType({'k': 1})
try: mp['k'] = 2
except TypeError as e: print(e)
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(20)}))
class R(reprlib.Repr): pass
rr = reprlib.Repr(); rr.maxlist = 3; print(rr.repr(list(range(10))))
@reprlib.recursive_repr()
def __repr__(self): return f'<{self.items}>'
class Rec: 
    __repr__ = __repr__
    def __init__(self): self.items = [self]
print(Rec())
@contextlib.contextmanager
def tag(n):
    print(f'<{n}>'); 
    try: yield n.upper()
    finally: print(f'</{n}>')
with tag('b') as t: print(t)
try:
    with tag('i'): raise KeyError('k')
except KeyError as e: print('caught', e)
with contextlib.suppress(ZeroDivisionError): 1 / 0
print('after suppress')
with contextlib.ExitStack() as st:
    for n in 'xyz': st.enter_context(tag(n))
    st.callback(print, 'callback')
class CM(contextlib.ContextDecorator):
    def __enter__(self): print('enter'); return self
    def __exit__(self, *e): print('exit', e[0]); return False
@CM()
def dec(): print('in dec')
dec()
with contextlib.nullcontext(5) as v: print(v)
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print('captured')
print(repr(buf.getvalue()))
class Closing:
    def close(self): print('closed')
with contextlib.closing(Closing()): pass
