class S:
    __slots__ = ('a',)
try: vars(S())
except TypeError as e: print(e)
class D:
    def __init__(self): self.x = 1
d = D(); d.__dict__ = {'y': 2}; print(d.y, vars(d))
try: d.__dict__ = 5
except TypeError as e: print(e)
class A:
    cls_v = 1
    def __init__(self): self.inst_v = 2
    def m(self): pass
    @property
    def p(self): return 3
print([n for n in dir(A()) if not n.startswith('__')], [n for n in dir(A) if not n.startswith('__')])
print(object.__dir__(A())[:2] if False else '', sorted(set(dir(A())) - set(dir(object))))
print(dir(object))
print(len(dir(int)) > 50, 'bit_length' in dir(int), 'append' in dir([]), 'keys' in dir({}), '__init_subclass__' in dir(A))
print([n for n in dir(type) if not n.startswith('_')], 'mro' in dir(A))
class M(type):
    def meta_m(cls): pass
class WM(metaclass=M): pass
print('meta_m' in dir(WM), hasattr(WM, 'meta_m'), hasattr(WM(), 'meta_m'))
print(sorted(vars(A)), type(vars(A)).__name__)
print(A.__dict__['m'], A.__dict__['cls_v']) if False else print(type(A.__dict__['m']).__name__)
try: A.__dict__['new'] = 1
except TypeError as e: print(e)
print(repr(int), repr(A)[:17], str(type(None)), type(NotImplemented), type(...), type(type), int.__qualname__, A.__module__)
print(A.__name__, A().__class__.__name__, A.m.__qualname__, type(A.p).__name__, A.p.fget.__name__)
import sys
print(type(sys).__name__, type(len).__name__, type(A.m).__name__, type(A().m).__name__, type(lambda: 0).__name__, type(x for x in []).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter('')).__name__, type(iter({})).__name__, type({}.items()).__name__, type(iter(range(1))).__name__, type(reversed([])).__name__)
print(type(zip()).__name__, type(map(str, [])).__name__, type(enumerate([])).__name__, type(iter(set())).__name__, type({}.keys()).__name__, type({}.values()).__name__)
print(type(slice(1)).__name__, type(range(1)).__name__, type(memoryview(b'')).__name__, type(property()).__name__, type(super(A, A())).__name__)
print(int.__mro__, bool.__mro__, bool.__bases__, object.__mro__, type.__mro__)
print(issubclass(bool, int), issubclass(type, object), isinstance(type, type), isinstance(object, type), isinstance(A, object))
print(A.__subclasses__(), int.__subclasses__()[:1] if False else '', sorted(c.__name__ for c in type('X', (A,), {}).__mro__))
class B(A): pass
class C(A): pass
print([c.__name__ for c in A.__subclasses__()])
