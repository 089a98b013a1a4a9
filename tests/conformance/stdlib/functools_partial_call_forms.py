from functools import partial, reduce
import functools, operator, copy, pickle
def show(*args, **kw):
    return f"args={args} kw={kw}"
p = partial(show, 1, 2, a=1, b=2)
print(p(), p(3), p(b=20, c=30), p(3, a=10), p(c=1, a=5))
print(repr(partial(max, 1, key=abs)), p.func is show, p.args, p.keywords)
p2 = partial(p, 9, c=3)
print(p2(), p2.args, p2.keywords, p2.func is show)
print(partial(int, base=16)('ff'), partial(int)('42'), list(map(partial(pow, 2), range(5))))
class Mul(partial):
    def __call__(self, *a, **k):
        return ('sub', super().__call__(*a, **k))
m = Mul(operator.mul, 6)
print(m(7), type(m).__name__, isinstance(m, partial))
def needs(a, *, key):
    return a, key
try:
    partial(needs, 1)()
except TypeError as e:
    print(e)
try:
    partial(needs, 1, 2, key=3)()
except TypeError as e:
    print(e)
try:
    partial(needs, key=1)(a=2, b=3)
except TypeError as e:
    print(e)
print(partial(needs, key='k')(5), partial(needs, 1, key='x')(key='y'))
q = partial(sorted, key=len)
print(q(['ccc', 'a', 'bb']), q(['ccc', 'a', 'bb'], reverse=True), q(['x', 'yy'], key=lambda s: -len(s)))
print(copy.copy(p)(), copy.deepcopy(p2)(0), pickle.loads(pickle.dumps(partial(max, 3)))(5))
class Acc:
    def __init__(self): self.total = 0
    def add(self, n, scale=1): self.total += n * scale; return self.total
acc = Acc(); add3 = partial(acc.add, scale=3)
print([add3(i) for i in range(4)], acc.total)
p.attr = 'x'; print(p.attr, p.__dict__)
def rec(n, f):
    return 0 if n == 0 else 1 + f(n - 1)
deep = None
deep = partial(lambda n: rec(n, deep))
print(deep(300))
print(reduce(partial(operator.add), [1, 2, 3]), sorted([3, 1, 2], key=partial(operator.sub, 0)))
