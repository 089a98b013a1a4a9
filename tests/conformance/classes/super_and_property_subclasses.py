# Subclasses of super, property, classmethod, staticmethod and builtin iterators.
class LoggingSuper(super):
    calls = []
    def __getattribute__(self, name):
        LoggingSuper.calls.append(name)
        return super().__getattribute__(name)

class S(super):
    pass

class A:
    def f(self): return 'A.f'
    def g(self): return 'A.g'
    @classmethod
    def make(cls): return f'A.make({cls.__name__})'

class B(A):
    def f(self): return 'B.f+' + S(B, self).f()
    def g(self): return 'B.g+' + LoggingSuper(B, self).g()
    @classmethod
    def make(cls): return 'B.make+' + S(B, cls).make()

class C(B):
    def f(self): return 'C.f+' + S(C, self).f()

c = C()
print(c.f())
print(c.g(), LoggingSuper.calls)
print(C.make())
s = S(B, c)
print(type(s).__name__, isinstance(s, super), isinstance(s, S))
print(s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
print(S.__mro__)
try:
    S(B, 5)
except TypeError as e:
    print('TypeError:', e)

class TracedProperty(property):
    def __get__(self, obj, objtype=None):
        if obj is not None:
            print('get', self.fget.__name__)
        return super().__get__(obj, objtype)

class Temp:
    def __init__(self): self._c = 0
    @TracedProperty
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v): self._c = v
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, type(Temp.__dict__['celsius']).__name__)
print(type(Temp.celsius).__name__, Temp.celsius.fset.__name__)

class Counted(classmethod):
    n = 0
    def __get__(self, obj, objtype=None):
        Counted.n += 1
        return super().__get__(obj, objtype)

class Stat(staticmethod):
    pass

class Y:
    @Counted
    def who(cls): return cls.__name__
    @Stat
    def add(a, b): return a + b

class Z(Y): pass
print(Y.who(), Z.who(), Z().who(), Counted.n)
print(Y.add(2, 3), Z().add('a', 'b'), type(Y.__dict__['add']).__name__)

class Tens(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 10, v
print(list(Tens('abc')), list(Tens('xy', 1)))

class Pairs(zip):
    def __next__(self):
        return '-'.join(map(str, super().__next__()))
print(list(Pairs([1, 2, 3], 'abc')))

class Squares(map):
    pass
sq = Squares(lambda x: x * x, range(4))
print(type(sq).__name__, list(sq), list(sq))

class Evens(filter):
    def __new__(cls, it):
        return super().__new__(cls, lambda x: x % 2 == 0, it)
print(list(Evens(range(10))))

class Back(reversed):
    pass
print(list(Back('abc')), isinstance(Back('ab'), reversed), type(Back('ab')).__name__)
