# Cooperative multiple inheritance and mixins
class Loggable:
    def __init__(self, *, log=None, **kw):
        self.log = log if log is not None else []
        super().__init__(**kw)
    def record(self, msg): self.log.append(f'{type(self).__name__}: {msg}')
class Serializable:
    fields = ()
    def __init__(self, **kw):
        super().__init__(**kw)
    def to_dict(self): return {f: getattr(self, f) for f in self.fields}
class Comparable:
    def _key(self): raise NotImplementedError
    def __eq__(self, o): return type(self) is type(o) and self._key() == o._key()
    def __lt__(self, o): return self._key() < o._key()
    def __hash__(self): return hash(self._key())
class Entity:
    def __init__(self, ident, **kw):
        self.ident = ident
        super().__init__(**kw)
class User(Loggable, Serializable, Comparable, Entity):
    fields = ('ident', 'name')
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
        self.record('created')
    def _key(self): return (self.name, self.ident)
u = User('zed', ident=2); v = User('amy', ident=1, log=['pre'])
print(u.to_dict(), v.log, u.log, sorted([u, v])[0].name, u == User('zed', ident=2), len({u, v, User('amy', ident=1)}))
print([c.__name__ for c in User.__mro__])
try: User('x')
except TypeError as e: print(e)
try: User('x', ident=1, extra=2)
except TypeError as e: print(e)
class A:
    def who(self): return ['A']
class B(A):
    def who(self): return ['B'] + super().who()
class C(A):
    def who(self): return ['C'] + super().who()
class D(B, C):
    def who(self): return ['D'] + super().who()
print(D().who(), [k.__name__ for k in D.mro()], super(B, D()).who(), super(C, D()).who())
class E(C, B): pass
print(E().who())
try:
    class F(D, E): pass
except TypeError as e: print(e)
class O: pass
class X(O): pass
class Y(O): pass
class Z(X, Y): pass
class W(Y, X) if False else Y: pass
print([k.__name__ for k in Z.__mro__])
try:
    class Bad(O, X): pass
except TypeError as e: print(e)
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw); cls.chain = getattr(cls, 'chain', ()) + (cls.__name__,)
class M1(Base): pass
class M2(M1): pass
print(M1.chain, M2.chain, hasattr(Base, 'chain'))
class Super1:
    def m(self): return 'S1'
class Super2:
    def m(self): return 'S2'
class Sub(Super1, Super2):
    def m(self): return super().m() + '+' + Super2.m(self)
print(Sub().m())
class P:
    def __init__(self): print('P init'); super().__init__()
class Q:
    def __init__(self): print('Q init'); super().__init__()
class R(P, Q):
    def __init__(self): print('R init'); super().__init__()
R()
class NoSuperInit(P):
    def __init__(self): print('skip')
NoSuperInit()
print(super(R, R()).__init__ is not None)
class Meta(type):
    def hello(cls): return f'hello from {cls.__name__}'
class MBase(metaclass=Meta): pass
class MChild(MBase):
    @classmethod
    def greet(cls): return cls.hello() + '!'
print(MChild.greet(), type(MChild).__name__)
