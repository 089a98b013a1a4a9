# Dict views stay live; reversed() over dicts, their views and subclasses; mutation mid-iteration.
def show(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
# dict views and iteration details
d = {i: i * i for i in range(5)}
k = d.keys(); v = d.values(); it = d.items()
del d[0]; d[10] = 100
print(k, v, it, len(k), 10 in k, (10, 100) in it, (10, 1) in it, 100 in v)
show("keys reversed type", lambda: [type(reversed(x)).__name__ for x in (d, d.keys(), d.values(), d.items())])
show("rev len hint", lambda: reversed(d).__length_hint__())
r = reversed(d); next(r); show("rev hint after", lambda: r.__length_hint__())
show("rev values", lambda: list(reversed(d.values())))
show("rev empty", lambda: list(reversed({})))
class D(dict): pass
dd = D(a=1, b=2)
show("rev subclass", lambda: (list(reversed(dd)), type(reversed(dd)).__name__))
show("rev subclass keys", lambda: (list(reversed(dd.keys())), type(reversed(dd.items())).__name__))
def rev_mut():
    e = {1: 1, 2: 2}
    for x in reversed(e):
        e[x + 10] = 0
show("rev mut", rev_mut)
def rev_del():
    e = {1: 1, 2: 2, 3: 3}
    out = []
    for x in reversed(e):
        out.append(x)
        if x == 3:
            e.pop(2); e[4] = 4
    return out
show("rev swap", rev_del)
def fwd_swap():
    e = {1: 1, 2: 2, 3: 3}
    out = []
    for x in e:
        out.append(x)
        if x == 1:
            e.pop(2); e[4] = 4
    return out
show("fwd swap", fwd_swap)
s = {1, 2, 3}
def set_mut():
    for x in s:
        s.discard(x); s.add(x + 100)
show("set swap", set_mut)
show("iter exhausted names", lambda: [(lambda i: (list(i), type(i).__name__)[1])(f) for f in (iter(d.items()), reversed(d.values()), iter({1}), iter(frozenset()), iter(range(3)), reversed(range(3)), iter(b"a"), iter(bytearray(1)), reversed("ab"), reversed((1,)))])
