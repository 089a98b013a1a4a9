from dataclasses import dataclass
from typing import Union

@dataclass
class Num:
    value: float

@dataclass
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"

@dataclass
class Neg:
    operand: "Expr"

Expr = Union[Num, BinOp, Neg]

def tokenize(s):
    tokens = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            tokens.append(("NUM", float(s[i:j])))
            i = j
        elif ch in "+-*/()^":
            tokens.append(("OP", ch)); i += 1
        else:
            raise SyntaxError(f"bad char {ch!r} at {i}")
    return tokens

class Parser:
    def __init__(self, tokens):
        self.toks = tokens; self.pos = 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ("EOF", None)
    def take(self):
        t = self.peek(); self.pos += 1; return t
    def expr(self):
        node = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            node = BinOp(self.take()[1], node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek() in (("OP", "*"), ("OP", "/")):
            node = BinOp(self.take()[1], node, self.factor())
        return node
    def factor(self):
        base = self.unary()
        if self.peek() == ("OP", "^"):
            self.take()
            return BinOp("^", base, self.factor())
        return base
    def unary(self):
        match self.take():
            case ("OP", "-"):
                return Neg(self.unary())
            case ("NUM", v):
                return Num(v)
            case ("OP", "("):
                e = self.expr()
                if self.take() != ("OP", ")"):
                    raise SyntaxError("expected )")
                return e
            case tok:
                raise SyntaxError(f"unexpected {tok}")

def evaluate(e):
    match e:
        case Num(value=v):
            return v
        case Neg(operand=o):
            return -evaluate(o)
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("-", l, r):
            return evaluate(l) - evaluate(r)
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp("/", l, r):
            return evaluate(l) / evaluate(r)
        case BinOp("^", l, r):
            return evaluate(l) ** evaluate(r)
        case _:
            raise TypeError(f"unknown node {e!r}")

def show(e):
    match e:
        case Num(v) if v == int(v):
            return str(int(v))
        case Num(v):
            return str(v)
        case Neg(o):
            return f"(-{show(o)})"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"

Num.__match_args__ = ("value",)
Neg.__match_args__ = ("operand",)

for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "1 / 0", "2 * (3", "7 $ 2", "1.5 * -2"]:
    try:
        tree = Parser(tokenize(src)).expr()
        print(f"{src:<12} => {show(tree):<25} = {evaluate(tree)}")
    except ZeroDivisionError as e:
        print(f"{src:<12} => error: {e}")
    except SyntaxError as e:
        print(f"{src:<12} => syntax: {e}")

def describe(x):
    match x:
        case []:
            return "empty list"
        case [single]:
            return f"one: {single}"
        case [first, *rest] if len(rest) > 2:
            return f"long list starting {first}, {len(rest)} more"
        case [a, b, *_]:
            return f"starts {a},{b}"
        case {"type": "point", "x": x, "y": y, **extra}:
            return f"point({x},{y}) extra={extra}"
        case {"type": t}:
            return f"typed {t}"
        case str() as s if s.isupper():
            return f"shout {s}"
        case str(s):
            return f"string {s!r}"
        case int() | float() as n if n < 0:
            return "negative"
        case int(n):
            return f"int {n}"
        case (1 | 2 | 3):
            return "small"
        case None:
            return "nothing"
        case _:
            return f"other {type(x).__name__}"

for v in [[], [1], [1, 2, 3, 4], (5, 6), {"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle"}, "HEY", "hey", -3, 7, 2.5, None, {1, 2}, True]:
    print(repr(v), "->", describe(v))
