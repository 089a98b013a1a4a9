import re
from dataclasses import dataclass
from typing import Union

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))")

@dataclass
class Num:
    v: float
@dataclass
class Var:
    name: str
@dataclass
class BinOp:
    op: str
    l: "Expr"
    r: "Expr"
@dataclass
class Call:
    fn: str
    args: list
Expr = Union[Num, Var, BinOp, Call]

class ParseError(Exception):
    pass

def tokenize(s):
    out = []
    for num, name, op in TOKEN.findall(s):
        if num: out.append(("num", float(num)))
        elif name: out.append(("name", name))
        elif op.strip(): out.append(("op", op))
    out.append(("eof", None))
    return out

class Parser:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
    def __init__(self, text):
        self.toks = tokenize(text)
        self.i = 0
    def peek(self): return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]; self.i += 1; return t
    def expect(self, kind, val=None):
        t = self.next()
        if t[0] != kind or (val is not None and t[1] != val):
            raise ParseError(f"expected {val or kind}, got {t[1]!r}")
        return t
    def parse(self):
        e = self.expr(0)
        self.expect("eof")
        return e
    def expr(self, minp):
        lhs = self.atom()
        while True:
            kind, val = self.peek()
            if kind != "op" or val not in self.PREC or self.PREC[val] < minp:
                return lhs
            self.next()
            nextp = self.PREC[val] + (0 if val == "^" else 1)
            lhs = BinOp(val, lhs, self.expr(nextp))
    def atom(self):
        kind, val = self.next()
        match kind, val:
            case "num", v:
                return Num(v)
            case "name", n if self.peek() == ("op", "("):
                self.next()
                args = []
                if self.peek() != ("op", ")"):
                    args.append(self.expr(0))
                    while self.peek() == ("op", ","):
                        self.next(); args.append(self.expr(0))
                self.expect("op", ")")
                return Call(n, args)
            case "name", n:
                return Var(n)
            case "op", "(":
                e = self.expr(0); self.expect("op", ")"); return e
            case "op", "-":
                return BinOp("-", Num(0), self.atom())
            case _:
                raise ParseError(f"unexpected {val!r}")

import math
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}
def evaluate(e, env):
    match e:
        case Num(v): return v
        case Var(name):
            try:
                return env[name]
            except KeyError:
                raise NameError(f"undefined variable {name}") from None
        case BinOp("+", l, r): return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r): return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r): return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r): return evaluate(l, env) / evaluate(r, env)
        case BinOp("^", l, r): return evaluate(l, env) ** evaluate(r, env)
        case Call(fn, args): return FUNCS[fn](*(evaluate(a, env) for a in args))
env = {"x": 3.0, "y": 4.0}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "sqrt(x*x + y*y)", "max(1, x, y) - -2", "z + 1", "1 / (x - 3)", "1 +", "max(1,", "3 $ 4"]:
    try:
        tree = Parser(src).parse()
        print(f"{src!r:24} => {evaluate(tree, env)!r}")
    except (ParseError, NameError, ZeroDivisionError) as ex:
        print(f"{src!r:24} !! {type(ex).__name__}: {ex}")
print(Parser("a + 2 * f(b)").parse())
