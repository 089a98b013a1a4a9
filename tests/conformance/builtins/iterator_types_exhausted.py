# Iterator type names (kept after exhaustion), reverse dict iterators, sticky size errors.
for obj in [[1], (1,), "a", "é", b"a", bytearray(b"a"), range(1), {1:2}, {1:2}.keys(), {1:2}.values(), {1:2}.items(), {1}, frozenset({1})]:
    it = iter(obj)
    n1 = type(it).__name__
    list(it)
    print(n1, type(it).__name__, it.__length_hint__() if hasattr(it, '__length_hint__') else '-')
for obj in [[1,2], (1,2), "ab", range(3), {1:2, 3:4}, {1:2,3:4}.keys(), {1:2,3:4}.values(), {1:2,3:4}.items()]:
    it = reversed(obj)
    print(type(it).__name__, it.__length_hint__(), list(it), type(it).__name__, it.__length_hint__())
d = {1:2, 3:4, 5:6}
del d[3]
print(list(reversed(d)), list(reversed(d.items())))
it = reversed(d)
next(it)
d[9] = 9
try: next(it)
except Exception as e: print(type(e).__name__, e)
try: next(it)
except Exception as e: print(type(e).__name__, e)
print(type(iter(range(2**63-2, 2**63-1))).__name__, type(iter(range(0, 2**63-1, 2))).__name__, type(iter(range(0, 2**63-10, 20))).__name__)
print(type(reversed(range(2**63-2, 2**63-1))).__name__, type(reversed(range(-2**63, 5))).__name__, type(reversed(range(-2**63+3, 5, 4))).__name__)
print(list(reversed(range(-2**63, -2**63+3))))
print(list(reversed(range(2**63-3, 2**63-1))))
z = zip([1],[2]); list(z); print(type(z).__name__)
m = map(str, [1]); list(m); print(type(m).__name__)
c = iter(lambda: 1, 1); list(c); print(type(c).__name__)
class S:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
it = iter(S()); print(type(it).__name__, list(it), type(it).__name__)
it = iter([1,2,3]); next(it); print(it.__length_hint__())
l = [1,2]; it = iter(l); list(it); l.append(3); print(list(it))
it = reversed([1,2,3]); list(it); print(type(it).__name__, it.__length_hint__())
e = enumerate([]); list(e); print(type(e).__name__)
print(type(reversed(list())).__name__, type(reversed(())).__name__, type(reversed("")).__name__)
for mk in [lambda d: iter(d), lambda d: reversed(d), lambda d: iter(d.items())]:
    d = {1:2, 3:4}
    it = mk(d)
    next(it)
    d[5] = 6
    for _ in range(2):
        try: print(next(it))
        except Exception as e: print(type(e).__name__, e)
    del d[5]
    try: print(next(it))
    except Exception as e: print(type(e).__name__, e)
s = {1,2}
it = iter(s); next(it); s.add(7)
for _ in range(2):
    try: print(next(it))
    except Exception as e: print(type(e).__name__, e)
s.discard(7)
try: print(next(it))
except Exception as e: print(type(e).__name__, e)
