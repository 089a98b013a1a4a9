import sys
class Expr:
    def __add__(self, o): return BinOp('+', self, lift(o))
    def __radd__(self, o): return BinOp('+', lift(o), self)
    def __mul__(self, o): return BinOp('*', self, lift(o))
    def __rmul__(self, o): return BinOp('*', lift(o), self)
    def __sub__(self, o): return BinOp('-', self, lift(o))
    def __neg__(self): return BinOp('-', Num(0), self)
    def __pow__(self, o): return BinOp('**', self, lift(o))
    def accept(self, v):
        return getattr(v, 'visit_' + type(self).__name__)(self)
def lift(x): return x if isinstance(x, Expr) else Num(x)
class Num(Expr):
    __match_args__ = ('v',)
    def __init__(self, v): self.v = v
    def __repr__(self): return f'Num({self.v!r})'
class Var(Expr):
    __match_args__ = ('name',)
    def __init__(self, name): self.name = name
    def __repr__(self): return f'Var({self.name!r})'
class BinOp(Expr):
    __match_args__ = ('op', 'l', 'r')
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def __repr__(self): return f'BinOp({self.op!r}, {self.l!r}, {self.r!r})'
class Printer:
    def visit_Num(self, n): return str(n.v)
    def visit_Var(self, n): return n.name
    def visit_BinOp(self, n): return f'({n.l.accept(self)} {n.op} {n.r.accept(self)})'
class Evaluator:
    def __init__(self, env): self.env = env
    def visit_Num(self, n): return n.v
    def visit_Var(self, n):
        try: return self.env[n.name]
        except KeyError: raise NameError(f'unbound variable {n.name!r}') from None
    def visit_BinOp(self, n):
        a, b = n.l.accept(self), n.r.accept(self)
        return {'+': a + b, '-': a - b, '*': a * b, '**': a ** b}[n.op]
def simplify(e):
    match e:
        case BinOp('*', Num(0), _) | BinOp('*', _, Num(0)): return Num(0)
        case BinOp('*', Num(1), x) | BinOp('*', x, Num(1)): return simplify(x)
        case BinOp('+', Num(0), x) | BinOp('+', x, Num(0)): return simplify(x)
        case BinOp(op, Num(a), Num(b)) if op in '+*-':
            return Num(Evaluator({}).visit_BinOp(e))
        case BinOp(op, l, r):
            l2, r2 = simplify(l), simplify(r)
            if (l2, r2) != (l, r) and (repr(l2), repr(r2)) != (repr(l), repr(r)):
                return simplify(BinOp(op, l2, r2))
            return BinOp(op, l2, r2)
        case _: return e
x, y = Var('x'), Var('y')
exprs = [x * 2 + 1, 3 * (x + y) - x ** 2, 0 * x + 1 * (y + 0), -x + 2 * 3, (x + 0) * 1 + (2 + 3) * y]
for e in exprs:
    print(e.accept(Printer()), '=>', simplify(e).accept(Printer()), '=', e.accept(Evaluator({'x': 3, 'y': 4})))
try:
    (x + Var('z')).accept(Evaluator({'x': 1}))
except NameError as err:
    print('NameError:', err)
print(repr(simplify(exprs[2])))
class LinkedList:
    class _Node:
        __slots__ = ('val', 'next')
        def __init__(self, val, nxt=None): self.val, self.next = val, nxt
    def __init__(self, it=()):
        self.head = None; self._n = 0
        for v in reversed(list(it)): self.push(v)
    def push(self, v): self.head = self._Node(v, self.head); self._n += 1
    def __iter__(self):
        n = self.head
        while n: yield n.val; n = n.next
    def __len__(self): return self._n
    def __getitem__(self, i):
        if isinstance(i, slice): return LinkedList(list(self)[i])
        if i < 0: i += len(self)
        for k, v in enumerate(self):
            if k == i: return v
        raise IndexError('LinkedList index out of range')
    def __contains__(self, v): return any(x == v for x in self)
    def __reversed__(self): return iter(list(self)[::-1])
    def __eq__(self, o): return isinstance(o, LinkedList) and list(self) == list(o)
    def __repr__(self): return 'LinkedList([' + ', '.join(map(repr, self)) + '])'
    def __bool__(self): return self.head is not None
ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[2], ll[-1], ll[1:4], 4 in ll, 9 in ll, list(reversed(ll)), sorted(ll), bool(LinkedList()), ll == LinkedList([3,1,4,1,5]))
print(LinkedList._Node.__qualname__, type(ll.head).__name__, sum(ll), max(ll), dict(enumerate(ll)))
try: ll[10]
except IndexError as e: print(e)
it = iter(ll); print(next(it), next(it), list(it))
a, *rest = ll; print(a, rest)
print(f'{len(ll):03d}', '{0!r:>40}'.format(ll))
