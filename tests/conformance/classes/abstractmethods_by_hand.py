class A:
    def f(self): pass
A.__abstractmethods__ = frozenset({'f'})
try:
    A()
except TypeError as e:
    print(e)
class B:
    __abstractmethods__ = frozenset({'f', 'g'})
try:
    B()
except TypeError as e:
    print(e)
B.__abstractmethods__ = frozenset()
print(type(B()).__name__)
try:
    print(A.__abstractmethods__)
    del A.__abstractmethods__
    print(A().__class__.__name__)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int.__abstractmethods__)
except AttributeError as e:
    print(e)
try:
    print(type.__abstractmethods__)
except AttributeError as e:
    print(e)
import abc
class A:
    def f(self): pass
A.__abstractmethods__ = frozenset({'f', 'g'})
class B(A): pass
print(type(B()).__name__)
try: print(B.__abstractmethods__)
except AttributeError as e: print('AE', e)
class C: pass
try: print(C.__abstractmethods__)
except AttributeError as e: print('AE', e)
try: del C.__abstractmethods__
except AttributeError as e: print('AE', e)
try: A()
except TypeError as e: print(e)
A.__abstractmethods__ = []
print(type(A()).__name__)
A.__abstractmethods__ = ['z']
try: A()
except TypeError as e: print(e)
del A.__abstractmethods__
print(type(A()).__name__)
class M(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class N(M): pass
try: N()
except TypeError as e: print(e)
print(N.__abstractmethods__)
print(hasattr(object, '__abstractmethods__'), '__abstractmethods__' in dir(type))
