# weakref: refs and callbacks, WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod,
# proxies, finalize (also at exit), and bound-method equality/hashing they rely on.
import weakref, gc
class Node:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Node({self.name})"
    def method(self): return self.name
a = Node("a")
r = weakref.ref(a)
print(r() is a, repr(r).split(";")[1].split(" at ")[0], weakref.getweakrefcount(a))
del a
print(r(), repr(r).endswith("dead>"))
log = []
b = Node("b")
rb = weakref.ref(b, lambda ref: log.append(("gone", ref() is None)))
del b
print("after del", log)
print("later", log)
cache = weakref.WeakValueDictionary()
x, y = Node("x"), Node("y")
cache["x"] = x; cache["y"] = y
print(sorted(cache.keys()), len(cache), "x" in cache, cache.get("x"))
del x
print(sorted(cache.keys()), len(cache), "x" in cache, cache.get("x", "missing"))
wk = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
wk[k1] = 1; wk[k2] = 2
print(len(wk), wk[k1], k2 in wk)
del k2
print(len(wk), [n.name for n in wk.keys()])
ws = weakref.WeakSet()
items = [Node(i) for i in range(3)]
for it in items: ws.add(it)
print(len(ws), items[0] in ws)
del items[1]
print(len(ws), sorted(n.name for n in ws))
n = Node("m")
wm = weakref.WeakMethod(n.method)
print(wm()(), wm() == n.method)
del n
print(wm())
p_target = Node("p")
p = weakref.proxy(p_target)
print(p.name, p.method())
del p_target
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)
def cleanup(tag): print("finalized", tag)
o = Node("f")
f = weakref.finalize(o, cleanup, "o")
print(f.alive)
del o
print("after del f")
print(f.alive)
o2 = Node("f2")
f2 = weakref.finalize(o2, cleanup, "at-exit")
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
def fn(): pass
print(weakref.ref(fn)() is fn, weakref.ref(Node)() is Node)
print("end")

class A:
    def m(self): pass
a = A(); b = A()
print(a.m == a.m, a.m != a.m, a.m == b.m, A.m == A.m, (l := []).append == l.append, [].append == [].append)
print({a.m: 1}.get(a.m), len({a.m, a.m, b.m}))
