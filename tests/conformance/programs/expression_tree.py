class Expr:
    def __add__(self, o): return Bin("+", self, wrap(o))
    def __radd__(self, o): return Bin("+", wrap(o), self)
    def __mul__(self, o): return Bin("*", self, wrap(o))
    def __rmul__(self, o): return Bin("*", wrap(o), self)
    def __sub__(self, o): return Bin("-", self, wrap(o))
    def __pow__(self, n): return Bin("^", self, wrap(n))
class Num(Expr):
    def __init__(self, v): self.v = v
    def eval(self, env): return self.v
    def diff(self, x): return Num(0)
    def __repr__(self): return str(self.v)
class Var(Expr):
    def __init__(self, name): self.name = name
    def eval(self, env): return env[self.name]
    def diff(self, x): return Num(1 if x == self.name else 0)
    def __repr__(self): return self.name
class Bin(Expr):
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def eval(self, env):
        a, b = self.l.eval(env), self.r.eval(env)
        return {"+": a + b, "-": a - b, "*": a * b, "^": a ** b}[self.op]
    def diff(self, x):
        l, r = self.l, self.r
        if self.op in "+-": return simplify(Bin(self.op, l.diff(x), r.diff(x)))
        if self.op == "*": return simplify(l.diff(x) * r + l * r.diff(x))
        return simplify(r * l ** Num(r.v - 1) * l.diff(x))
    def __repr__(self): return f"({self.l} {self.op} {self.r})"
def wrap(v): return v if isinstance(v, Expr) else Num(v)
def simplify(e):
    if not isinstance(e, Bin): return e
    l, r = simplify(e.l), simplify(e.r)
    if isinstance(l, Num) and isinstance(r, Num): return Num(Bin(e.op, l, r).eval({}))
    if e.op == "*" and (repr(l) == "0" or repr(r) == "0"): return Num(0)
    if e.op == "*" and repr(l) == "1": return r
    if e.op == "*" and repr(r) == "1": return l
    if e.op == "+" and repr(l) == "0": return r
    if e.op in "+-" and repr(r) == "0": return l
    if e.op == "^" and repr(r) == "1": return l
    return Bin(e.op, l, r)
x, y = Var("x"), Var("y")
exprs = [3 * x ** 2 + 2 * x + 1, x * y + y ** 3, (x + 1) * (x - 1), 5 + x * 0, x ** 4 - 2 * x]
for e in exprs:
    print(e, "| at x=2,y=3:", e.eval({"x": 2, "y": 3}), "| d/dx:", e.diff("x"), "| d/dy:", e.diff("y"))
