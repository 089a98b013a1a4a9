import copy, pickle
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"
t = Node(1, [Node(2), Node(3, [Node(4)])])
s = copy.copy(t)
d = copy.deepcopy(t)
t.children[0].val = 99
print(s, d, s.children is t.children, d.children is t.children)
class Custom:
    def __init__(self, x): self.x = x
    def __copy__(self):
        print("copy called")
        return Custom(self.x)
    def __deepcopy__(self, memo):
        print("deepcopy called", type(memo).__name__)
        return Custom(copy.deepcopy(self.x, memo))
c = Custom([1, 2])
print(copy.copy(c).x, copy.deepcopy(c).x)
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
class Slots:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = [2]
sc = copy.deepcopy(Slots())
print(sc.a, sc.b)
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return vars(self) == vars(o)
    def __reduce__(self):
        return (Pt, (self.x, self.y))
p = Pt(1, [2])
b = pickle.dumps(p)
print(pickle.loads(b) == p, type(b).__name__)
data = {"a": [1, 2.5, None, True], "b": (1, "x"), "c": {1, 2}, "d": b"bytes", 5: frozenset([1])}
print(pickle.loads(pickle.dumps(data)) == data)
class State:
    def __init__(self): self.v = 1; self.cache = "big"
    def __getstate__(self):
        s = self.__dict__.copy(); del s["cache"]; return s
    def __setstate__(self, s):
        self.__dict__.update(s); self.cache = "rebuilt"
st = pickle.loads(pickle.dumps(State()))
print(st.v, st.cache)
print(copy.copy(st).cache, copy.deepcopy(st).cache)
print(copy.copy([1, [2]]), copy.copy((1, 2)), copy.deepcopy({"k": [1]}))
try:
    pickle.dumps(lambda: 0)
except Exception as e:
    print(type(e).__name__)
