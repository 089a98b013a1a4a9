import copy
samples = [(int, 7), (float, 2.5), (complex, 1+2j), (str, 'txt'), (bytes, b'by'), (bytearray, b'ba'), (tuple, (1, [2])),
           (list, [1, [2]]), (dict, {'k': [1]}), (set, {1, 2}), (frozenset, {3}), (Exception, 'msg'), (object, None)]
for base, arg in samples:
    C = type('My' + base.__name__.capitalize(), (base,), {})
    c = C(arg) if arg is not None else C()
    c.tag = ['t']
    for fn in (copy.copy, copy.deepcopy):
        d = fn(c)
        same_tag = d.tag is c.tag
        print(base.__name__, fn.__name__, type(d).__name__, repr(d) if base is not object else '', d.tag, same_tag,
              d == c if base not in (object, Exception) else '', d is c)
class P(list):
    def __init__(self, items, label):
        super().__init__(items); self.label = label
p = P([1, 2], 'L')
q = copy.deepcopy(p); print(type(q).__name__, q, q.label)
class D(dict):
    def __init__(self, *a, extra=0, **k):
        super().__init__(*a, **k); self.extra = extra
d = D({'a': 1}, extra=5)
e = copy.copy(d); print(type(e).__name__, e, e.extra)
class TT(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
t = TT(1, 2)
try: print(copy.copy(t), copy.deepcopy(t))
except TypeError as ex: print('TypeError', ex)
class Point(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    def __getnewargs__(self): return tuple(self)
print(copy.deepcopy(Point(3, [4])))
import collections
NT = collections.namedtuple('NT', 'a b')
n = NT(1, [2]); n2 = copy.deepcopy(n); print(n2, n2.b is n.b, copy.copy(n) is n)
OD = collections.OrderedDict(a=1); print(copy.deepcopy(OD), type(copy.copy(collections.Counter('aab'))).__name__)
dd = collections.defaultdict(list, {'x': [1]}); dd2 = copy.deepcopy(dd); print(dd2, dd2['y'], dd2.default_factory)
class Sl:
    __slots__ = ('a', 'b')
class Sl2(Sl):
    __slots__ = ('c',)
s = Sl2(); s.a = [1]; s.c = 3
s2 = copy.deepcopy(s); print(s2.a, s2.c, hasattr(s2, 'b'), s2.a is s.a)
class WithCopyReg: 
    def __init__(self, v): self.v = v
import copyreg
copyreg.pickle(WithCopyReg, lambda o: (WithCopyReg, (o.v * 2,)))
print(copy.copy(WithCopyReg(5)).v)
try: copy.deepcopy(iter([1]))
except TypeError as ex: print('TypeError', ex)
class NoCopy:
    def __reduce_ex__(self, p): raise TypeError('no copies')
try: copy.copy(NoCopy())
except TypeError as ex: print(ex)
print(copy.copy(len) is len, copy.deepcopy(int) is int, copy.deepcopy(range(3)), copy.copy(slice(1, 2)))
