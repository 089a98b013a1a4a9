# A small expression tokenizer and evaluator built on finditer with named groups.
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"\*\*|[-+*/%()=,]"),
    ("SKIP", r"[ \t]+"),
    ("NEWLINE", r"\n"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKEN_SPEC))
print(MASTER.groups, sorted(MASTER.groupindex.items(), key=lambda kv: kv[1]))


class Token:
    __slots__ = ("kind", "value", "line", "col")

    def __init__(self, kind, value, line, col):
        self.kind, self.value, self.line, self.col = kind, value, line, col

    def __repr__(self):
        return "Token(%s, %r, %d:%d)" % (self.kind, self.value, self.line, self.col)


def tokenize(code):
    line = 1
    line_start = 0
    for mo in MASTER.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        col = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if any(c in value for c in ".eE") else int(value)
        elif kind == "NEWLINE":
            line_start = mo.end()
            line += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise SyntaxError("unexpected %r at line %d col %d" % (value, line, col))
        yield Token(kind, value, line, col)


src = """x = 3 + 4.5 * (2 - y1)
total = x ** 2 % 7 / 1e2
f(a, b2, 0.5E-3)"""
toks = list(tokenize(src))
for t in toks:
    print(t)
print(len(toks), sum(1 for t in toks if t.kind == "OP"))

# lastindex / lastgroup / regs on a few matches
for m in MASTER.finditer("ab 12 **"):
    print(m.lastindex, m.lastgroup, m.span(), m.regs[m.lastindex], repr(m))

try:
    list(tokenize("a = 1 $ 2"))
except SyntaxError as e:
    print("SyntaxError:", e)

# A tiny evaluator over the tokens (precedence climbing).
def evaluate(text, env):
    toks = [t for t in tokenize(text)]
    pos = 0

    def peek():
        return toks[pos] if pos < len(toks) else None

    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]

    def atom():
        t = take()
        if t.kind == "NUMBER":
            return t.value
        if t.kind == "NAME":
            return env[t.value]
        if t.value == "(":
            v = expr(0)
            take()
            return v
        if t.value == "-":
            return -atom()
        raise SyntaxError(t)

    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "**": 3}

    def expr(min_prec):
        lhs = atom()
        while True:
            t = peek()
            if t is None or t.kind != "OP" or t.value not in PREC or PREC[t.value] < min_prec:
                return lhs
            op = take().value
            nxt = PREC[op] + (0 if op == "**" else 1)
            rhs = expr(nxt)
            lhs = {"+": lhs + rhs, "-": lhs - rhs, "*": lhs * rhs, "/": lhs / rhs,
                   "%": lhs % rhs, "**": lhs ** rhs}[op]

    return expr(0)

env = {"x": 2, "y": 10}
for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "x * y - 4 / 2", "-x + 17 % 5", "1.5e1 / 3"]:
    print(text, "=", evaluate(text, env))
