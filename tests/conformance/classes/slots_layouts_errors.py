class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x = x; self.y = y
p = Point(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print('1', e)
try:
    print(p.__dict__)
except AttributeError as e:
    print('2', e)
class P3(Point):
    __slots__ = ('z',)
q = P3(1, 2); q.z = 9
print(q.x, q.y, q.z, P3.__slots__, hasattr(q, '__dict__'))
class Loose(Point):
    pass
l = Loose(1, 2); l.w = 5; print(l.__dict__)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict(); w.a = 1; w.b = 2; print(w.__dict__, w.a)
class E:
    __slots__ = ()
try:
    E().x = 1
except AttributeError as e:
    print('3', e)
try:
    class Conflict:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print('4', e)
class S:
    __slots__ = 'single'
s = S()
try:
    s.single
except AttributeError as e:
    print('5', e)
s.single = 4; del s.single
try:
    del s.single
except AttributeError as e:
    print('6', e)
print(type(S.__dict__['single']).__name__, S.single.__name__)
try:
    class BadSlot:
        __slots__ = ('ok', 3)
except TypeError as e:
    print('7', e)
try:
    class BadSlot2:
        __slots__ = ('not valid',)
except TypeError as e:
    print('8', e)
try:
    class DupDict:
        __slots__ = ('__dict__', '__dict__')
except TypeError as e:
    print('9', e)
class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('b',)
try:
    class AB(A, B): pass
except TypeError as e:
    print('10', e)
class Weak:
    __slots__ = ('__weakref__', 'v')
print(sorted(k for k in Weak.__dict__ if not k.startswith('__') or k == '__weakref__'))
# __slots__ with dataclass-like init
class Vec:
    __slots__ = ['x', 'y']
    def __init__(self, *a): 
        for n, v in zip(self.__slots__, a): setattr(self, n, v)
    def __repr__(self): return f'Vec({", ".join(repr(getattr(self, n)) for n in self.__slots__)})'
print(Vec(1, 'a'))
import copy
v2 = copy.copy(Vec(3, 4)); print(v2)
v3 = copy.deepcopy(Vec([1], {2: 3})); print(v3)
class Priv:
    __slots__ = ('__secret',)
    def __init__(self): self.__secret = 1
    def get(self): return self.__secret
print(Priv().get(), [k for k in Priv.__dict__ if 'secret' in k])
