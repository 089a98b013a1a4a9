"""copy and deepcopy through the protocols classes use: __reduce_ex__, __reduce__,
__getstate__/__setstate__, __copy__/__deepcopy__ with the memo, __getnewargs__, slots,
recursive and shared structures, and the objects that cannot be copied."""
import copy
import sys


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {type(r).__name__}")
        return r


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


class Tracked:
    """Counts how copies are made."""
    log = []

    def __init__(self, items):
        self.items = items

    def __getstate__(self):
        Tracked.log.append('getstate')
        return {'items': self.items, 'copied': True}

    def __setstate__(self, state):
        Tracked.log.append('setstate')
        self.__dict__.update(state)


class Reducing:
    def __init__(self, a, b=None):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reducing, (self.a,), {'b': self.b})

    def __repr__(self):
        return f"Reducing({self.a!r}, b={self.b!r})"


class ReduceEx:
    calls = []

    def __init__(self, value):
        self.value = value

    def __reduce_ex__(self, protocol):
        ReduceEx.calls.append(protocol)
        return (ReduceEx, (self.value * 2,))


class WithMemo:
    def __init__(self, payload):
        self.payload = payload
        self.deep_calls = 0

    def __copy__(self):
        print("  __copy__ called")
        return WithMemo(self.payload)

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo has", sum(1 for k in memo if k != id(memo)), "entries")
        new = WithMemo(copy.deepcopy(self.payload, memo))
        new.deep_calls = self.deep_calls + 1
        return new


class Slotted:
    __slots__ = ('name', 'tags', '__secret')

    def __init__(self, name, tags):
        self.name = name
        self.tags = tags
        self.__secret = len(tags)

    def secret(self):
        return self.__secret


class Child(Slotted):
    __slots__ = ('extra',)


class NewArgs(int):
    def __new__(cls, value, label):
        self = super().__new__(cls, value)
        self.label = label
        return self

    def __getnewargs__(self):
        return (int(self), self.label)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


print("== plain objects")
p = Point([1, 2], {'k': [3]})
c = copy.copy(p)
d = copy.deepcopy(p)
print(c, c.x is p.x, d, d.x is p.x, d.y['k'] is p.y['k'])

print("== getstate / setstate")
t = Tracked([1, [2, 3]])
t2 = copy.deepcopy(t)
print(t2.items, t2.copied, t2.items[1] is t.items[1], Tracked.log)
Tracked.log.clear()
t3 = copy.copy(t)
print(t3.items is t.items, Tracked.log)

print("== __reduce__ and __reduce_ex__")
r = Reducing([1], b={'x': 1})
r2 = copy.deepcopy(r)
print(r2, r2.a is r.a, r2.b is r.b)
print(copy.copy(r).a is r.a)
e = copy.copy(ReduceEx(21))
print(e.value, ReduceEx.calls)
e = copy.deepcopy(ReduceEx(5))
print(e.value, ReduceEx.calls)

print("== __copy__ / __deepcopy__ and the memo")
w = WithMemo([1, 2])
shared = [w, w]
out = copy.deepcopy(shared)
print(out[0] is out[1], out[0].deep_calls, out[0].payload == w.payload, out[0].payload is w.payload)
cw = copy.copy(w)
print(cw.payload is w.payload)
memo = {}
first = copy.deepcopy([1, [2]], memo)
print(len([k for k in memo if k != id(memo)]) > 0, first)

print("== slots and __getnewargs__")
s = Slotted('n', ['a'])
s2 = copy.deepcopy(s)
print(s2.name, s2.tags, s2.tags is s.tags, s2.secret())
ch = Child('c', ['x', 'y'])
ch.extra = {'deep': [1]}
ch2 = copy.deepcopy(ch)
print(ch2.name, ch2.extra, ch2.extra['deep'] is ch.extra['deep'], ch2.secret())
partial_child = Child('only-name', [])
del partial_child.tags
pc = copy.copy(partial_child)
print(pc.name, hasattr(pc, 'tags'), hasattr(pc, 'extra'))
na = NewArgs(7, 'seven')
na2 = copy.deepcopy(na)
print(na2, na2.label, type(na2).__name__, na2 + 1)

print("== recursive and shared structures")
lst = [1, 2]
lst.append(lst)
lc = copy.deepcopy(lst)
print(lc[2] is lc, lc[2] is lst, lc[:2])
dct = {'self': None, 'list': [1]}
dct['self'] = dct
dct['again'] = dct['list']
dc = copy.deepcopy(dct)
print(dc['self'] is dc, dc['again'] is dc['list'], dc['list'] is dct['list'])
root = Node('root')
kid = root.add(Node('kid'))
kid.add(Node('grandkid'))
root2 = copy.deepcopy(root)
k2 = root2.children[0]
print(k2.parent is root2, k2.children[0].parent is k2, k2 is kid, k2.children[0].name)
tup = ([],)
tup[0].append(tup)
tc = copy.deepcopy(tup)
print(tc is tup, tc[0][0] is tc, type(tc).__name__)
atoms = (1, 'a', None, (2, 3), frozenset({4}))
print(copy.deepcopy(atoms) is atoms, copy.copy(atoms) is atoms)

print("== things that cannot be copied")


def gen():
    yield 1


attempt("copy generator", lambda: copy.copy(gen()))
attempt("deepcopy generator", lambda: copy.deepcopy(gen()))
attempt("deepcopy genexpr", lambda: copy.deepcopy((x for x in [1])))
attempt("copy module", lambda: copy.copy(sys))
attempt("deepcopy module in list", lambda: copy.deepcopy([1, sys]))
attempt("copy staticmethod", lambda: copy.copy(staticmethod(len)))
attempt("deepcopy classmethod", lambda: copy.deepcopy(classmethod(len)))
attempt("copy dict view", lambda: copy.copy({}.keys()))
attempt("copy memoryview", lambda: copy.copy(memoryview(b'ab')))
attempt("copy mappingproxy", lambda: copy.copy(type.__dict__))
attempt("copy stdout", lambda: copy.copy(sys.stdout))
attempt("copy function", lambda: copy.copy(attempt))
attempt("deepcopy class", lambda: copy.deepcopy(Point))
attempt("deepcopy object()", lambda: copy.deepcopy(object()))
attempt("deepcopy bound method", lambda: copy.deepcopy(p.__repr__))
attempt("copy property", lambda: copy.copy(property(lambda s: 1)))
attempt("copy range", lambda: copy.copy(range(3)))
attempt("deepcopy bytearray", lambda: copy.deepcopy(bytearray(b'xy')))
