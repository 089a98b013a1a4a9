from collections import namedtuple, Counter
P = namedtuple('P', 'x y z', defaults=[9])
p = P(1, 2)
print(p, repr(p), p.x, p.z, p._asdict(), p._replace(x=5))
Q = namedtuple('Q', 'a')
print(Q((1, 2)), Q(a='s'), Q([1]))
try: p.x = 3
except AttributeError as e: print(e)
try: del p.x
except AttributeError as e: print(e)
print(P.x.__doc__)
class R(namedtuple('R', 'u v')):
    def __repr__(self): return 'R!' + super().__repr__()
print(R(1, 2), R(1, 2).u)
print(Counter('abracadabra'), Counter(['a', 1, 1.0, True, (1,)]))
class MyC(Counter):
    def __setitem__(self, k, v):
        print('set', k, v); super().__setitem__(k, v)
print(MyC('aab'))
c = Counter(a=2**70); c.update('aa'); print(c)
c = Counter({'x': 1.5}); c.update('xx'); print(c)
d = {}
import collections
print(namedtuple('E', '')(), namedtuple('F', 'a b c d e f g h')(*range(8)))
try: Counter(5)
except TypeError as e: print(e)
try: Counter([[1]])
except TypeError as e: print(e)
class K:
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K)
print(len(Counter([K(), K(), K()])), list(Counter([K(), K()]).values()))
