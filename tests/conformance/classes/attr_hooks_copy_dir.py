import copy
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_t', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, n):
        self.log.append(('get', n))
        return getattr(self._t, n)
    def __setattr__(self, n, v):
        self.log.append(('set', n))
        setattr(self._t, n, v)
    def __delattr__(self, n):
        self.log.append(('del', n))
        delattr(self._t, n)
class T: pass
t = T(); p = Proxy(t)
p.a = 1; print(p.a, t.a); del p.a; print(hasattr(t, 'a'), p.log)
try: p.zz
except AttributeError as e: print(e)
class Counted:
    def __init__(self): self.hits = 0
    def __getattribute__(self, n):
        if n != 'hits' and not n.startswith('__'):
            object.__setattr__(self, 'hits', object.__getattribute__(self, 'hits') + 1)
        return object.__getattribute__(self, n)
    def m(self): return 'm'
c = Counted(); c.m(); c.m(); c.x = 1; c.x
print(c.hits, getattr(c, 'nope', 'dflt'), c.hits)
class GA:
    def __getattribute__(self, n):
        if n == 'boom': raise AttributeError('custom')
        return super().__getattribute__(n)
    def __getattr__(self, n): return f'fallback {n}'
print(GA().boom, GA().other)
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items(): super().__setattr__(k, v)
    def __setattr__(self, n, v): raise AttributeError(f'{type(self).__name__} is frozen')
    __delattr__ = __setattr__
fz = Frozen(a=1)
try: fz.a = 2
except AttributeError as e: print(e)
print(vars(fz))
class Cp:
    def __init__(self, v, children=()): self.v = v; self.children = list(children)
    def __copy__(self):
        print('__copy__'); n = Cp(self.v); n.children = self.children; return n
    def __deepcopy__(self, memo):
        print('__deepcopy__', len(memo)); return Cp(copy.deepcopy(self.v, memo), copy.deepcopy(self.children, memo))
a = Cp([1], [Cp(2)])
b = copy.copy(a); c2 = copy.deepcopy(a)
print(b.children is a.children, c2.children is a.children, c2.v == a.v, c2.v is a.v)
class Red:
    def __init__(self, x, y=0): self.x = x; self.y = y
    def __reduce__(self): return (Red, (self.x,), {'y': self.y * 10})
r = copy.deepcopy(Red(1, 2)); print(r.x, r.y)
class Red2:
    def __init__(self): self.d = {}
    def __reduce_ex__(self, proto): print('proto', proto); return (Red2, (), self.__dict__)
print(copy.copy(Red2()).d)
class GS:
    def __init__(self): self.a = 1; self.b = [2]
    def __getstate__(self): print('getstate'); return {'a': self.a}
    def __setstate__(self, st): print('setstate', st); self.__dict__.update(st); self.b = 'restored'
g = copy.deepcopy(GS()); print(g.a, g.b)
class Rec:
    pass
r1 = Rec(); r1.self = r1; r1.lst = [r1]
r2 = copy.deepcopy(r1); print(r2.self is r2, r2.lst[0] is r2, r2 is not r1)
class SlotC:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]
s2 = copy.deepcopy(SlotC()); print(s2.a, hasattr(s2, 'b'))
class Base:
    cls_attr = 1
    def meth(self): pass
class Derived(Base):
    def __init__(self): self.z = 1; self.a = 2
    def other(self): pass
d = Derived()
print(vars(d), [n for n in dir(d) if not n.startswith('__')], list(Derived.__dict__)[:4])
print([n for n in dir(Derived) if n.startswith('__')][:12])
try: vars(1)
except TypeError as e: print(e)
class DirC:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(DirC()))
print(sorted(vars(Base)) [:3], type(vars(Base)).__name__)
class WithRepr:
    def __repr__(self): return 'WR'
print(str(WithRepr()), [WithRepr()], f'{WithRepr()!r:>5}', '%r' % WithRepr(), format(WithRepr()))
class WithStr:
    def __str__(self): return 'WS'
print(str(WithStr()), f'{WithStr()}', '%s' % WithStr())
try: format(WithStr(), 'x')
except TypeError as e: print(e)
class Fmt:
    def __format__(self, spec): return f'<{spec}>'
print(f'{Fmt():abc}', format(Fmt(), '>3'), '{:q}'.format(Fmt()))
class BadRepr:
    def __repr__(self): return 5
try: repr(BadRepr())
except TypeError as e: print(e)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, 'v', o)
try: hash(Eq(1))
except TypeError as e: print(e)
print(Eq.__hash__, Eq(1) == 1, 1 == Eq(1), Eq(1) != Eq(2), Eq(1) in [0, 1], [Eq(2)].index(2), [1, 2, Eq(2)].count(2))
class H(Eq):
    __hash__ = Eq.__hash__ if False else object.__hash__
print(type(hash(H(1))).__name__)
class Ne:
    def __ne__(self, o): return 'custom-ne'
print(Ne() != 1, Ne() == Ne())
