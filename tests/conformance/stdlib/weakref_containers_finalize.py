# WeakValueDictionary / WeakKeyDictionary / WeakSet lookups, pops and copies, WeakMethod,
# and finalize (peek, detach, atexit flag, calling, exit order).
import sys
import weakref


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"

    def hello(self, greeting="hi"):
        return f"{greeting} from {self.name}"


class Unhashable:
    __hash__ = None


print("-- WeakValueDictionary")
a, b, c = Obj("a"), Obj("b"), Obj("c")
wvd = weakref.WeakValueDictionary({"a": a}, b=b)
wvd["c"] = c
print(sorted(wvd.keys()), len(wvd), "a" in wvd, "zz" in wvd)
print(wvd["a"], wvd.get("b"), wvd.get("zz"), wvd.get("zz", 0))
attempt("missing", lambda: wvd["zz"])
attempt("unhashable in", lambda: [] in wvd)
print(wvd.setdefault("a", Obj("other")), wvd.setdefault("d", c), wvd["d"])
print(wvd.pop("d"), wvd.pop("d", "gone"))
attempt("pop missing", lambda: wvd.pop("d"))
cp = wvd.copy()
print(type(cp).__name__, sorted(cp.items(), key=lambda kv: kv[0]))
print(sorted(v.name for v in wvd.values()), len(wvd.valuerefs()))
key, value = wvd.popitem()
print("popitem:", key in ("a", "b", "c"), value is wvd.get(key, value), len(wvd))
while len(wvd):
    wvd.popitem()
attempt("popitem empty", wvd.popitem)
merged = weakref.WeakValueDictionary(x=a) | {"y": b}
print(sorted(merged.keys()))

print("-- WeakKeyDictionary")
wkd = weakref.WeakKeyDictionary({a: 1})
wkd[b] = 2
print(len(wkd), a in wkd, c in wkd, 5 in wkd, "s" in wkd, wkd[a], wkd.get(c), wkd.get(c, -1))
attempt("unhashable key in", lambda: Unhashable() in wkd)
try:
    wkd[c]
except KeyError as e:
    print("getitem missing: KeyError", type(e.args[0]).__name__, e.args[0]() is c)
attempt("getitem unweakrefable", lambda: wkd[5])
twin = wkd.copy()
print(type(twin).__name__, sorted((k.name, v) for k, v in twin.items()), twin is not wkd)
print(wkd.setdefault(c, 3), wkd.setdefault(c, 4), wkd.pop(c), wkd.pop(c, "none"))
obj, val = wkd.popitem()
print("popitem:", obj.name in ("a", "b"), val in (1, 2), len(wkd))
wkd.popitem()
attempt("popitem empty", wkd.popitem)
wkd.update([(a, 10)], **{})
print([(k.name, v) for k, v in wkd.items()])

print("-- WeakSet")
ws = weakref.WeakSet([a, b])
print(len(ws), a in ws, c in ws, 3 in ws, "x" in ws)
attempt("unhashable in set", lambda: Unhashable() in ws)
ws.add(c)
ws.discard(b)
print(sorted(o.name for o in ws))
p = ws.pop()
print("pop:", p.name in ("a", "c"), len(ws))
ws.pop()
attempt("pop empty", ws.pop)

print("-- WeakMethod")
m = weakref.WeakMethod(a.hello)
print(m()(), m() == a.hello, m == weakref.WeakMethod(a.hello), m != weakref.WeakMethod(b.hello))
attempt("not a method", lambda: weakref.WeakMethod(len))

print("-- finalize")
log = []


def note(*args, **kwargs):
    log.append((args, kwargs))
    return "noted"


t1, t2, t3 = Obj("t1"), Obj("t2"), Obj("t3")
f1 = weakref.finalize(t1, note, 1, key="v")
f2 = weakref.finalize(t2, note, 2)
f3 = weakref.finalize(t3, note, 3)
print(f1.alive, f1.atexit, f1.peek()[1:] == (note, (1,), {"key": "v"}), f1.peek()[0] is t1)
print(f2.peek()[3], f2.detach()[0] is t2, f2.alive, f2.detach(), f2.peek(), f2.atexit)
f2.atexit = True
print(f2.atexit)
print(f1(), f1(), f1.alive, f1.peek(), log)
print(repr(f1).endswith("; dead>"), repr(f3).split(";")[1].split(" at ")[0])
f3.atexit = 0
print(f3.atexit)
f3.atexit = "yes"
print(f3.atexit, f3.alive)
keep = [Obj(f"e{i}") for i in range(3)]
for i, o in enumerate(keep):
    weakref.finalize(o, print, "exit finalizer", i)
skipped = weakref.finalize(keep[0], print, "never printed")
skipped.atexit = False
print("end of program")
