class Registry(type):
    classes = {}
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw)
        return {'_order': []}
    def __new__(mcs, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes[name] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('call', cls.__name__, a, k)
        obj = super().__call__(*a, **k)
        obj.created = True
        return obj
    def __repr__(cls):
        return f'<R {cls.__name__}>'
    def __len__(cls): return len(cls.__dict__)
    def __iter__(cls): return iter(sorted(cls.__dict__))
    def __getitem__(cls, k): return f'{cls.__name__}[{k}]'

class Model(metaclass=Registry, table='m'):
    x = 1
    def __init__(self, v=0): self.v = v
class Sub(Model, flag=True):
    y = 2
m = Sub(3, )
print(m.v, m.created, Sub, Registry.classes, Sub['int'], type(Sub).__name__)
print(isinstance(Sub, Registry), issubclass(Registry, type))

class Plugin:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.pname = name or cls.__name__.lower()
        Plugin.plugins.append(cls.pname)
class Alpha(Plugin, name='a'): pass
class Beta(Plugin): pass
class Gamma(Beta, name='g'): pass
print(Plugin.plugins, Gamma.pname, Beta.pname)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(unknown=1): pass
except TypeError as e:
    print('TypeError', e)

class Box:
    def __class_getitem__(cls, item):
        return f'Box of {item.__name__ if isinstance(item, type) else item}'
print(Box[int], Box['x'], Box[int, str] if False else '')
print(list[int], dict[str, list[int]], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print(tuple[int, ...], list[int]([1, 2]))
# metaclass conflict
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
# MRO error
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
try:
    class W(X, X): pass
except TypeError as e:
    print(e)
# type() 3-arg
T = type('T', (object,), {'a': 1, 'f': lambda self: self.a + 1})
print(T().f(), T.__name__, T.__qualname__, T.__module__, T.__bases__)
# metaclass with __new__ modifying namespace
class Upper(type):
    def __new__(mcs, name, bases, ns):
        ns = {k.upper() if not k.startswith('__') else k: v for k, v in ns.items()}
        return super().__new__(mcs, name, bases, ns)
class U(metaclass=Upper):
    foo = 1
    def bar(self): return 2
print(U.FOO, U().BAR(), hasattr(U, 'foo'))
# __instancecheck__ / __subclasscheck__
class Duck(type):
    def __instancecheck__(cls, obj): return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub): return hasattr(sub, 'quack')
class Quacker(metaclass=Duck): pass
class D1:
    def quack(self): pass
print(isinstance(D1(), Quacker), isinstance(1, Quacker), issubclass(D1, Quacker), issubclass(int, Quacker))
# __mro_entries__
class Fake:
    def __mro_entries__(self, bases): return (dict,)
class FD(Fake()): pass
print(FD.__mro__, [type(b).__name__ for b in FD.__orig_bases__])
# dynamic class attrs
class Dyn: pass
Dyn.m = lambda self, n: n * 2
print(Dyn().m(4))
del Dyn.m
print(hasattr(Dyn(), 'm'))
print(type.__name__, type(type), type(object), object.__bases__, type.__bases__)
print(Sub.__mro__)
