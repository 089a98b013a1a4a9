# copy (shallow and deep, memo, hooks) and string (constants, capwords, Template).
import copy
import string

print("copy")
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(100)
print(a, s, d, s is a, s[1] is a[1], d[1] is a[1])
print(copy.copy({"a": [1]}), copy.copy({1, 2}) == {1, 2}, copy.copy((1, 2)), copy.copy("s"), copy.copy(5))
t = (1, [2])
dt = copy.deepcopy(t)
print(dt, dt is t, dt[1] is t[1], copy.deepcopy((1, 2)) == (1, 2))
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp, dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[0], dc[1] is dc, dc is cyc)
dd = {"self": None}
dd["self"] = dd
cd = copy.deepcopy(dd)
print(cd["self"] is cd, cd is dd)
print(copy.deepcopy(frozenset([1, 2])) == frozenset([1, 2]), copy.deepcopy({1, (2, 3)}) == {1, (2, 3)})
ba = bytearray(b"xy")
cb = copy.copy(ba)
cb.append(0x7A)
print(ba, cb, copy.deepcopy(b"bytes"), copy.deepcopy(None), copy.deepcopy(3.5))
f = len
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(int) is int, copy.copy(print) is print)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"
p = Point(1, 2)
p.tags.append("a")
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append("b")
p.x = 10
print(p, p2, p3, type(p3).__name__, p2.tags is p.tags, p3.tags is p.tags)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
s1 = Slotted()
s2 = copy.deepcopy(s1)
s1.a.append(2)
print(s2.a, hasattr(s2, "b"), copy.copy(s1).a is s1.a)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("  __copy__ called")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
c = Custom([1])
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
c.v.append(2)
print(c1.v, c2.v)
print(copy.deepcopy([c, c])[0].v)

class Node:
    def __init__(self, val):
        self.val = val
        self.children = []
        self.parent = None
root = Node("root")
for i in range(3):
    ch = Node(i)
    ch.parent = root
    root.children.append(ch)
clone = copy.deepcopy(root)
print(clone.val, [c.val for c in clone.children], all(c.parent is clone for c in clone.children), clone.children[0] is root.children[0])

class Registry(dict):
    pass
r = Registry(a=[1])
r.label = "reg"
rc = copy.deepcopy(r)
r["a"].append(2)
print(type(rc).__name__, rc, rc.label)
class Stack(list):
    pass
st = Stack([[1], [2]])
sc = copy.copy(st)
sd = copy.deepcopy(st)
st[0].append(0)
print(type(sc).__name__, sc, sd)

from collections import namedtuple, defaultdict, Counter, OrderedDict, deque
P = namedtuple("P", "x y")
np = P([1], 2)
npc = copy.deepcopy(np)
np.x.append(5)
print(npc, copy.copy(np) == np)
dfd = defaultdict(list, {"a": [1]})
dfc = copy.deepcopy(dfd)
dfd["a"].append(2)
print(dfc, dfc["new"], copy.copy(dfd))
print(copy.deepcopy(Counter("aab")), copy.deepcopy(OrderedDict(a=1)), copy.copy(deque([1, 2], maxlen=5)))
dq = deque([[1]])
dqc = copy.deepcopy(dq)
dq[0].append(2)
print(dqc)
memo = {}
x = [1, 2]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)

print("string")
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable), len(string.printable))
print(string.capwords("hello   world  from pyseal"), string.capwords("  x-ray  tango "))
print(string.capwords("a-b-c", "-"), string.capwords("ONE two"), repr(string.capwords("")))
print(all(c in string.printable for c in "Hello, World!\n"))
print(sum(1 for c in "P4ss w0rd!" if c in string.digits), sum(c in string.punctuation for c in "a.b,c!"))
t = string.Template("$who likes ${what}; cost: $$10")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.safe_substitute(who="bo"))
print(t.template, t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
for bad in ["cost $1", "line\nnext $ here", "$"]:
    try:
        string.Template(bad).substitute()
    except ValueError as e:
        print("ValueError", e)
    print(string.Template(bad).safe_substitute(), string.Template(bad).is_valid())
print(string.Template("${a}b$a_c").safe_substitute(a=1))
