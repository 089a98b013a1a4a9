# match statement: which objects match sequence/mapping/class patterns, and the errors
from collections import deque, OrderedDict, defaultdict
from collections.abc import Mapping, Sequence
import types


class MyInt(int):
    pass


class MyStr(str):
    __match_args__ = ('upper',)


class M(Mapping):
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
    def get(self, k, default=None):
        print("  M.get", k)
        return self.d.get(k, default)


class S(Sequence):
    def __getitem__(self, i):
        return [1, 2, 3][i]
    def __len__(self):
        return 3


class Registered:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]


Sequence.register(Registered)


class Plain:
    def __getitem__(self, i):
        return i


class Tracking(dict):
    def get(self, k, default=None):
        print("  Tracking.get", k)
        return super().get(k, default)


def kind(subject):
    match subject:
        case {'a': a, **rest}:
            return f"mapping a={a} rest={rest}"
        case {}:
            return "empty-or-other mapping"
        case [x]:
            return f"seq1 {x}"
        case [x, *others]:
            return f"seq {x} +{len(others)}"
        case MyInt(v) | bool(v):
            return f"self-matched {v!r}"
        case str(s):
            return f"str {s!r}"
        case _:
            return f"no match ({type(subject).__name__})"


subjects = [
    {'a': 1, 'b': 2}, OrderedDict(a=5), defaultdict(list), M({'a': 'm', 'z': 0}), M({}),
    Tracking(a=9, c=3), types.MappingProxyType({'a': 'proxy'}),
    [1], (1, 2, 3), range(4), deque('xyz'), S(), Registered('r', 's'), Plain(),
    memoryview(b'hi'), bytearray(b'ab'), b'ab', 'ab', MyStr('s'), MyInt(7), True, 3.5,
]
for s in subjects:
    print(kind(s))

print(defaultdict(int, {'k': 1}) == {'k': 1})
match defaultdict(int, {'k': 1}):
    case {'missing': _}:
        print("wrong")
    case {'k': v} as d:
        print("k", v, dict(d))

match MyStr('ab'):
    case MyStr(u):
        print("MyStr match_args ->", u())


class P:
    __match_args__ = ('x',)
    x = 1


class Twice:
    __match_args__ = ('a', 'a')
    a = 1


class NotTuple:
    __match_args__ = ['a']
    a = 1


class BadElem:
    __match_args__ = (1,)


def check(thunk):
    try:
        print("  ->", thunk())
    except TypeError as e:
        print("  TypeError:", e)

def m1():
    match P():
        case P(a, x=b):
            return a, b
def m2():
    match Twice():
        case Twice(p, q):
            return p, q
def m3():
    match NotTuple():
        case NotTuple(v):
            return v
def m4():
    match BadElem():
        case BadElem(v):
            return v
def m5():
    match 5:
        case int(1, 2):
            return 'two'
def m6():
    match Plain():
        case Plain(1):
            return 'one'
def m7():
    match 5:
        case P(x=1):
            return 'p'
        case int(x=1):
            return 'int with attr x'
        case int(real=5, imag=0):
            return 'int real/imag'
def m8():
    match True:
        case int(v):
            return f"bool as int {v}"
for f in (m1, m2, m3, m4, m5, m6, m7, m8):
    print(f.__name__)
    check(f)
