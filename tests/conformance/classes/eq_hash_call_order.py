class Key:
    def __init__(self, v, h): self.v = v; self.h = h
    def __hash__(self): print(f'hash {self.v}'); return self.h
    def __eq__(self, o): print(f'eq {self.v}=={getattr(o, "v", o)}'); return isinstance(o, Key) and self.v == o.v
    def __repr__(self): return f'K{self.v}'
a, b, c = Key(1, 7), Key(2, 7), Key(1, 7)
d = {a: 'a'}
d[b] = 'b'
print(d[c], len(d))
s = {a, b, c}; print(len(s))
print(a in [b, c], [b, c].index(c) if False else '', [x for x in (b, a) if x == c])
class P:
    def __eq__(self, o): return True
print(P.__hash__ is None, hasattr(P, '__hash__'))
class Q(P):
    __hash__ = object.__hash__
print(Q.__hash__ is object.__hash__, type(hash(Q())).__name__)
class R:
    def __hash__(self): return 1
class S(R):
    def __eq__(self, o): return False
print(S.__hash__, R.__hash__ is not None)
try: hash(S())
except TypeError as e: print(e)
class T(R):
    def __eq__(self, o): return False
    __hash__ = R.__hash__
print(hash(T()))
class U:
    __hash__ = None
try: {U()}
except TypeError as e: print(e)
import collections.abc
print(isinstance(U(), collections.abc.Hashable), isinstance(R(), collections.abc.Hashable))
class NaNish:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
n = NaNish(); print(n == n, n in [n], [n].count(n), {n: 1}[n], (n,) == (n,), [n] == [n])
class LT:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print(f'lt {self.v}<{o.v}'); return self.v < o.v
xs = sorted([LT(3), LT(1), LT(2)]); print([x.v for x in xs])
print(max([LT(1), LT(5)]).v, min(LT(4), LT(2)).v)
try: LT(1) > 5
except TypeError as e: print(e)
print((LT(1) > LT(2)))
