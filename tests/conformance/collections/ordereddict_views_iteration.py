# OrderedDict: odict views and iterators, mutation during iteration, move_to_end/popitem errors.
from collections import OrderedDict
def show(label, f):
    try: print(label, f())
    except Exception as e: print(label, type(e).__name__, e)
od = OrderedDict(a=1, b=2, c=3)
print(od, od.keys(), od.values(), od.items())
print(type(od.keys()).__name__, type(od.values()).__name__, type(od.items()).__name__)
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print(type(iter(od)).__name__, type(reversed(od)).__name__, type(iter(od.items())).__name__)
show("mte", lambda: od.move_to_end('zz'))
od.move_to_end('a'); print(od)
od.move_to_end('a', last=False); print(od)
show("popitem empty", lambda: OrderedDict().popitem(last=False))
show("popitem empty2", lambda: OrderedDict().popitem())
print(od.popitem(last=False), od.popitem(), od)
o1 = OrderedDict([(1,1),(2,2)]); o2 = OrderedDict([(2,2),(1,1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2)
def mut():
    o = OrderedDict(a=1, b=2)
    for k in o:
        o['c'] = 3
show("mut add", mut)
def mut2():
    o = OrderedDict(a=1, b=2)
    for k in o:
        o.move_to_end('a')
show("mut move", mut2)
def mut3():
    o = OrderedDict(a=1, b=2)
    for k in o:
        del o['b']; o['z'] = 1
show("mut swap", mut3)
def mut4():
    o = OrderedDict(a=1, b=2)
    for k in o.values():
        o['c'] = 3
show("mut values", mut4)
o = OrderedDict.fromkeys('abc')
print(o, repr(OrderedDict()), OrderedDict(x=OrderedDict(y=1)))
o2 = o.copy(); o2['d'] = 1; print(o2, o)
print(o | {'z': 1}, {'z': 1} | o)
o |= {'q': 2}; print(o)
print(o.setdefault('a', 5), o.setdefault('n', 6), o)
print(o.pop('n'), o.pop('zz', 'def'))
show("pop missing", lambda: o.pop('zz'))
print(list(o.keys())[::-1] == list(reversed(o)))
ks = o.keys(); print(len(ks), 'a' in ks, ks & {'a', 'x'}, ks == {'a','b','c','q'})
print(o.items() == OrderedDict(a=None, b=None, c=None, q=2).items())
class My(OrderedDict): pass
m = My(a=1); print(m, m.keys(), repr(m.items()))
r = OrderedDict(); r['self'] = r; print(r)
print(sorted(OrderedDict(b=1, a=2)))
it = iter(od); list(it); print(type(it).__name__)
ops = {
 'del': lambda o: o.__delitem__('b'),
 'pop': lambda o: o.pop('b'),
 'popitem': lambda o: o.popitem(),
 'popitem0': lambda o: o.popitem(last=False),
 'clear': lambda o: o.clear(),
 'setnew': lambda o: o.__setitem__('z', 1),
 'setold': lambda o: o.__setitem__('a', 9),
 'update': lambda o: o.update(q=1),
 'setdefault': lambda o: o.setdefault('y', 1),
 'mte': lambda o: o.move_to_end('a'),
 'mte0': lambda o: o.move_to_end('c', last=False),
 'swap': lambda o: (o.pop('c'), o.__setitem__('n', 1)),
}
for name, op in ops.items():
    for mk in (iter, reversed, lambda o: iter(o.items())):
        o = OrderedDict(a=1, b=2, c=3)
        it = mk(o)
        next(it)
        op(o)
        out = []
        for _ in range(2):
            try: out.append(next(it))
            except Exception as e: out.append(f"{type(e).__name__}: {e}")
        print(name, out)
