# inspect: signatures (functions, methods, classes, partials, wrappers, builtins), binding,
# docstrings, members, predicates, generator states and source lines.
import inspect
import functools
from typing import Optional, List

def f(a, /, b: int, c: "str" = "x", *args: int, d, e: Optional[int] = None, **kw) -> List[int]:
    """Summary line.

        Indented more.
    Back.
    """

def g(x, y=1, *, z): pass
def h(*, only): pass
def k(a, b, /): pass
lam = lambda p, q=3: p

for fn in (f, g, h, k, lam):
    sig = inspect.signature(fn)
    print(fn.__name__, sig, repr(sig))
    for p in sig.parameters.values():
        print("  ", repr(p), p.kind.description, str(p.kind), int(p.kind))
print(inspect.getdoc(f))
print(repr(inspect.cleandoc("   first\n      second\n    third\n")))

sig = inspect.signature(g)
for call in [((1,), {"z": 2}), ((1, 2), {"z": 3}), ((), {"x": 1, "z": 2}), ((1, 2, 3), {}), ((1,), {}), ((1,), {"z": 1, "w": 2}), ((1,), {"x": 2, "z": 3})]:
    try:
        ba = sig.bind(*call[0], **call[1])
        print("bound", ba, ba.args, ba.kwargs)
        ba.apply_defaults()
        print("  defaults", ba.arguments)
    except TypeError as e:
        print("TypeError", e)
try:
    inspect.signature(k).bind(a=1, b=2)
except TypeError as e:
    print("TypeError", e)
print(inspect.signature(f).bind_partial(1, d=4))

class Base:
    """Base doc."""
    def __init__(self, name: str, size=0):
        self.name = name
    def method(self, x):
        """Method doc."""
    @classmethod
    def make(cls, n): pass
    @staticmethod
    def util(q, r=2): pass
    @property
    def prop(self): return 1

class Child(Base):
    def method(self, x):
        pass

print(inspect.signature(Base), inspect.signature(Child))
print(inspect.signature(Base.method), inspect.signature(Base("a").method))
print(inspect.signature(Base.make), inspect.signature(Base.util))
print(inspect.getdoc(Child), "|", inspect.getdoc(Child.method), "|", inspect.getdoc(Child("x").method))
class Callable_:
    def __call__(self, v, w=0): pass
print(inspect.signature(Callable_()))
class Empty: pass
print(inspect.signature(Empty))
p = functools.partial(g, 1)
print(inspect.signature(p))
p2 = functools.partial(g, y=5)
print(inspect.signature(p2))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **kw):
        return fn(*a, **kw)
    return wrapper
@deco
def wrapped(m, n=2): pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.unwrap(wrapped) is wrapped.__wrapped__)
try:
    inspect.signature(len)
except ValueError as e:
    print("ValueError", e)
try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError", e)
print(inspect.getfullargspec(f))
print(inspect.getcallargs(g, 1, z=3))
print([n for n, _ in inspect.getmembers(Base) if not n.startswith("__")])
print([n for n, _ in inspect.getmembers(Base, inspect.isfunction)])
print([n for n, _ in inspect.getmembers(Base, inspect.ismethod)])
print(inspect.isclass(Base), inspect.isfunction(Base.method), inspect.ismethod(Base("a").method), inspect.ismethod(Base.make))
print(inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(f), inspect.ismodule(inspect))
def gen():
    yield 1
gg = gen()
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gg), inspect.getgeneratorstate(gg))
next(gg); print(inspect.getgeneratorstate(gg))
gg.close(); print(inspect.getgeneratorstate(gg))
print(inspect.getmro(Child))
print(inspect.getsource(g), end="")
print(inspect.getsource(Base.method), end="")
print(inspect.getsourcelines(deco)[1])
print(inspect.getsource(Child))
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3))
new = inspect.signature(g).replace(parameters=[inspect.Parameter("q", inspect.Parameter.POSITIONAL_ONLY)], return_annotation=int)
print(new, new == inspect.signature(g), inspect.signature(g) == inspect.signature(g))
try:
    inspect.Signature([inspect.Parameter("a", 1, default=1), inspect.Parameter("b", 1)])
except ValueError as e:
    print("ValueError", e)
print(inspect.Parameter.empty, inspect.Signature.empty is inspect._empty)
print(inspect.get_annotations(f))
print(inspect.isabstract(Base))
import abc
class Abs(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
print(inspect.isabstract(Abs))
print(inspect.currentframe().f_code.co_name)
def outer():
    return inspect.stack()[0].function, inspect.stack()[1].function
print(outer())
