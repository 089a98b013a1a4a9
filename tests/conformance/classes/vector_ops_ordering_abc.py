import functools, abc
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f'V{self.c}'
    def __add__(self, o):
        if isinstance(o, V): return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)): return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __iadd__(self, o):
        print('iadd'); r = self + o
        if r is NotImplemented: return NotImplemented
        self.c = r.c; return self
    def __mul__(self, k): return V(*(a * k for a in self.c)) if isinstance(k, int) else NotImplemented
    def __rmul__(self, k): print('rmul'); return self * k
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __lt__(self, o): return abs(self) < abs(o)
    def __pow__(self, n, mod=None): return V(*(pow(a, n, mod) for a in self.c))
    def __rpow__(self, b): return f'rpow {b}'
    def __truediv__(self, o): return V(*(a / o for a in self.c))
    def __floordiv__(self, o): return V(*(a // o for a in self.c))
    def __mod__(self, o): return V(*(a % o for a in self.c))
    def __divmod__(self, o): return (self // o, self % o)
    def __lshift__(self, n): return V(*(self.c[n:] + self.c[:n]))
    def __invert__(self): return V(*reversed(self.c))
    def __round__(self, n=None): return V(*(round(a, n) for a in self.c))
    def __index__(self): return len(self.c)
    def __contains__(self, x): print('contains'); return x in self.c
a = V(1, 2); b = V(3, 4)
print(a + b, a + 1, 1 + a, a * 3, 3 * a, a @ b, -a, abs(b), bool(V(0, 0)), len(a), a[1], a[-1])
print(a == V(1, 2), a != V(1, 2), a == 5, a < b, a > b, b > a, {a: 1}[V(1, 2)])
print(a ** 2, pow(a, 2, 3), 2 ** a, a / 2, a // 2, a % 2, divmod(b, 2), a << 1, ~a, round(V(1.26, 2.5), 1))
print([10, 20, 30][V(1)], hex(V(1, 2, 3)), 2 in a, list(a), *a)
c = a; c += b; print(c, a is c)
try:
    a + 'x'
except TypeError as e:
    print(e)
try:
    'x' - a
except TypeError as e:
    print(e)
try:
    a < 3
except TypeError as e:
    print(e)
try:
    a @= 'q'
except TypeError as e:
    print(e)
x = 5
try:
    x += a
except TypeError as e: print('E', e)
print(x)
class OnlyR:
    def __radd__(self, o): return 'radd'
    def __rsub__(self, o): return 'rsub'
    def __ror__(self, o): return 'ror'
print(1 + OnlyR(), [] + OnlyR(), 'a' - OnlyR() if False else '', {1} | OnlyR(), {} | OnlyR())
class Sub(V):
    def __radd__(self, o): return 'Sub.radd'
print(V(1) + Sub(1))   # reflected of subclass first

@functools.total_ordering
class Ver:
    def __init__(self, s): self.t = tuple(map(int, s.split('.')))
    def __eq__(self, o): return self.t == o.t
    def __lt__(self, o): return self.t < o.t
    def __repr__(self): return 'Ver(%s)' % '.'.join(map(str, self.t))
vs = [Ver('1.10'), Ver('1.2'), Ver('1.2.1'), Ver('0.9')]
print(sorted(vs), max(vs), Ver('1.0') >= Ver('1.0'), Ver('2.0') <= Ver('1.0'), Ver('3') > Ver('2'))
try:
    @functools.total_ordering
    class NoOrd: pass
except ValueError as e:
    print(e)

class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self): ...
    @classmethod
    @abc.abstractmethod
    def unit(cls): ...
    @staticmethod
    @abc.abstractmethod
    def kind(): ...
    def describe(self): return f'{self.kind()} {self.area} {self.unit()}'
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    @property
    def area(self): return self.s ** 2
    @classmethod
    def unit(cls): return 'cm'
try:
    Sq(2)
except TypeError as e:
    print(e)
class Sq2(Sq):
    kind = staticmethod(lambda: 'square')
print(Sq2(3).describe(), sorted(Shape.__abstractmethods__), Sq2.__abstractmethods__)
print(isinstance(Sq2(1), Shape), Shape.area.__isabstractmethod__)
class MyIter(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is MyIter:
            return hasattr(C, '__next__') or NotImplemented
        return NotImplemented
print(issubclass(type(iter([])), MyIter), issubclass(int, MyIter))
MyIter.register(int)
print(issubclass(int, MyIter), isinstance(3, MyIter))
class Abs2(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def g(self): pass
try: Abs2()
except TypeError as e: print(e)
Abs2.f = lambda self: 1
print(sorted(Abs2.__abstractmethods__))
abc.update_abstractmethods(Abs2)
print(sorted(Abs2.__abstractmethods__))
