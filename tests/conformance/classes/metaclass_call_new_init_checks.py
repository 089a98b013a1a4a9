class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0): self.v = v; print('init Config', v)
a = Config(1); b = Config(2); print(a is b, a.v)
class OnlyNew:
    def __new__(cls, *a): return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class OnlyInit:
    def __init__(self, x): self.x = x
print(OnlyInit(3).x)
class Neither: pass
for make in [lambda: Neither(1), lambda: Neither(a=1), lambda: object.__new__(Neither, 1), lambda: OnlyInit(), lambda: object.__init__(Neither(), 1)]:
    try: make(); print('ok')
    except TypeError as e: print(e)
class NewBad:
    def __new__(cls, x): return super().__new__(cls, x)
try: NewBad(1)
except TypeError as e: print(e)
class InitBad:
    def __init__(self, x): super().__init__(x)
try: InitBad(1)
except TypeError as e: print(e)
class D:
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name)
T = type('T', (), {'d': D(), 'x': 1})
class Base:
    def __init_subclass__(cls, **kw): print('init_subclass', cls.__name__, kw)
U = type('U', (Base,), {})
class V(Base, tag=1): pass
try: type('W', (Base,), {}, tag=2)
except TypeError as e: print(e)
import types
W = types.new_class('W', (Base,), {'tag': 3}); print(W.__name__)
class Immutable:
    __slots__ = ('_x',)
    def __init__(self, x): object.__setattr__(self, '_x', x)
    def __setattr__(self, k, v): raise AttributeError(f'{type(self).__name__} is immutable')
    x = property(lambda self: self._x)
im = Immutable(5); print(im.x)
try: im.x = 1
except AttributeError as e: print(e)
class ClassAttr:
    count = 0
    items = []
    def add(self, v):
        self.items.append(v); self.count += 1
c1, c2 = ClassAttr(), ClassAttr(); c1.add(1); c2.add(2)
print(ClassAttr.items, ClassAttr.count, c1.count, c2.count, 'count' in vars(c1))
class Const:
    PI = 3.14
    @classmethod
    def area(cls, r): return cls.PI * r * r
class Const2(Const): PI = 3
print(Const.area(1), Const2.area(1), Const2().area(2))
print(type.__call__(Config) is a, type(a).__call__ if False else '', Singleton.__call__(Config) is a)
