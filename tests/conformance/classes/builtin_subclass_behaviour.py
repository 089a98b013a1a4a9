class Celsius(float):
    def __new__(cls, v):
        if v < -273.15: raise ValueError('below absolute zero')
        return super().__new__(cls, v)
    def __repr__(self): return f'{float(self):.1f}°C'
    def to_f(self): return Celsius(self * 9 / 5 + 32) if False else self * 9 / 5 + 32
c = Celsius(21.5)
print(c, repr(c), c + 1, type(c + 1).__name__, c.to_f(), isinstance(c, float), round(c), int(c), c == 21.5, hash(c) == hash(21.5))
try: Celsius(-300)
except ValueError as e: print(e)
class Upper(str):
    def __new__(cls, s): return super().__new__(cls, s.upper())
    def shout(self): return self + '!'
u = Upper('hello')
print(u, repr(u), u.shout(), type(u.shout()).__name__, type(u.lower()).__name__, type(u[1:]).__name__, u * 2, len(u), u == 'HELLO', 'ELL' in u, u.split('L'), type(str(u)).__name__, type(f'{u}').__name__)
class Money(int):
    def __new__(cls, cents): return super().__new__(cls, cents)
    def __str__(self): return f'${self // 100}.{self % 100:02d}'
    def __add__(self, o): return Money(int(self) + int(o))
    __radd__ = __add__
m = Money(1999)
print(m, repr(m), m + 1, sum([Money(100), Money(250)]), type(sum([Money(1)])).__name__, m * 2, type(m * 2).__name__, f'{m}', f'{m:d}', '%s|%d' % (m, m), str(m), int(m), bool(Money(0)))
class Bits(int):
    def __repr__(self): return f'Bits({bin(self)})'
b = Bits(5)
print(b, [b], b | 2, type(b | 2).__name__, -b, ~b, b << 1, b.bit_length(), b.to_bytes(1, 'big'), Bits.from_bytes(b'\x03', 'big'), type(Bits.from_bytes(b'\x03', 'big')).__name__)
class Stack(list):
    def push(self, x): self.append(x); return self
    def peek(self): return self[-1]
    def __getitem__(self, i):
        r = super().__getitem__(i)
        return Stack(r) if isinstance(i, slice) else r
s = Stack([1, 2]).push(3).push(4)
print(s, type(s[1:]).__name__, s.peek(), type(s + [5]).__name__, type(s * 2).__name__, list(iter(s)), s == [1, 2, 3, 4], sorted(s, reverse=True), type(s.copy()).__name__)
s2 = Stack(); s2 += [1]; print(type(s2).__name__, s2)
class LoggingDict(dict):
    def __setitem__(self, k, v):
        print(f'set {k!r}'); super().__setitem__(k, v)
    def __getitem__(self, k):
        print(f'get {k!r}'); return super().__getitem__(k)
    def __missing__(self, k): return f'<missing {k}>'
d = LoggingDict(a=1)
d['b'] = 2; print(d['a'], d['zz'], d.get('a'), d.get('zz'), dict(d), d.update(c=3), d.setdefault('e', 5), sorted(d), type(d.copy()).__name__)
print({**d}, list(d.items()), d | {'x': 0}, type(d | {'x': 0}).__name__)
class DefaultDictish(dict):
    def __init__(self, factory): super().__init__(); self.factory = factory
    def __missing__(self, k):
        v = self[k] = self.factory(); return v
dd = DefaultDictish(list); dd['a'].append(1); dd['a'].append(2); dd['b']; print(dd, 'c' in dd, len(dd))
class CI(str):
    def __eq__(self, o): return self.lower() == str(o).lower()
    def __hash__(self): return hash(self.lower())
print(CI('Abc') == 'aBC', 'aBC' == CI('Abc'), CI('x') in ['X'], {CI('K'): 1}.get(CI('k')), CI('A') != 'a')
class OrderedSet(set):
    def __init__(self, it=()):
        super().__init__(); self._order = []
        for x in it: self.add(x)
    def add(self, x):
        if x not in self: self._order.append(x); super().add(x)
    def __iter__(self): return iter(self._order)
    def __repr__(self): return f'OrderedSet({self._order})'
os_ = OrderedSet('hello world')
print(os_, list(os_), len(os_), 'h' in os_, sorted(os_ & {'l', 'o', 'z'}), type(os_ | {'q'}).__name__)
class T(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
    @property
    def first(self): return self[0]
t = T(1, 2, 3); print(t, t.first, type(t[:2]).__name__, t + (4,), type(t + (4,)).__name__, t.count(2), hash(t) == hash((1, 2, 3)))
class B(bytes):
    def hexup(self): return self.hex().upper()
print(B(b'\x01\xff').hexup(), B(b'ab'), repr(B(b'ab')), type(B(b'ab')[0:1]).__name__, B(3))
class FS(frozenset):
    def __repr__(self): return 'FS' + repr(sorted(self))
print(FS({3, 1}), {FS({1}): 'v'}[frozenset({1})], type(FS({1}) | {2}).__name__, FS() == frozenset())
class BoolLike(int):
    def __bool__(self): return False
print(bool(BoolLike(5)), 'yes' if BoolLike(5) else 'no', not BoolLike(1))
class LenLike(list):
    def __len__(self): return 0
print(bool(LenLike([1])), len(LenLike([1, 2])), list(LenLike([1, 2])))
class CC(complex):
    pass
print(CC(1, 2).conjugate(), abs(CC(3, 4)), CC('1+1j'))
class R(range) if False else object: pass
try:
    class BadBool(bool): pass
except TypeError as e: print(e)
try:
    class BadRange(range): pass
except TypeError as e: print(e)
