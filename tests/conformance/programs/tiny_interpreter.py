# A tokenizer, recursive-descent parser and evaluator for a tiny language.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif src[i:i + 2] in ("==", "<=", ">=", "!="):
            tokens.append(("op", src[i:i + 2])); i += 2
        elif c in "+-*/%()=<>;{},":
            tokens.append(("op", c)); i += 1
        else:
            raise SyntaxError(f"bad char {c!r}")
    return tokens
class Parser:
    def __init__(self, tokens):
        self.t, self.i = tokens, 0
    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else ("eof", None)
    def take(self, val=None):
        tok = self.peek()
        if val is not None and tok[1] != val:
            raise SyntaxError(f"expected {val!r}, got {tok[1]!r}")
        self.i += 1
        return tok
    def program(self):
        stmts = []
        while self.peek()[0] != "eof" and self.peek()[1] != "}":
            stmts.append(self.statement())
        return ("block", stmts)
    def statement(self):
        tok = self.peek()
        if tok == ("name", "while"):
            self.take(); cond = self.expr(); self.take("{"); body = self.program(); self.take("}")
            return ("while", cond, body)
        if tok == ("name", "if"):
            self.take(); cond = self.expr(); self.take("{"); body = self.program(); self.take("}")
            other = ("block", [])
            if self.peek() == ("name", "else"):
                self.take(); self.take("{"); other = self.program(); self.take("}")
            return ("if", cond, body, other)
        if tok == ("name", "print"):
            self.take(); e = self.expr(); self.take(";")
            return ("print", e)
        name = self.take()[1]; self.take("="); e = self.expr(); self.take(";")
        return ("assign", name, e)
    def expr(self):
        left = self.arith()
        while self.peek()[1] in ("<", ">", "==", "!=", "<=", ">="):
            op = self.take()[1]; left = ("bin", op, left, self.arith())
        return left
    def arith(self):
        left = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]; left = ("bin", op, left, self.term())
        return left
    def term(self):
        left = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]; left = ("bin", op, left, self.factor())
        return left
    def factor(self):
        kind, val = self.take()
        if kind == "num": return ("num", val)
        if kind == "name": return ("var", val)
        if val == "(":
            e = self.expr(); self.take(")"); return e
        if val == "-": return ("bin", "-", ("num", 0), self.factor())
        raise SyntaxError(f"unexpected {val!r}")
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
       "%": lambda a, b: a % b, "<": lambda a, b: a < b, ">": lambda a, b: a > b, "==": lambda a, b: a == b,
       "!=": lambda a, b: a != b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}
def run(node, env, out):
    kind = node[0]
    if kind == "block":
        for s in node[1]: run(s, env, out)
    elif kind == "assign": env[node[1]] = ev(node[2], env)
    elif kind == "print": out.append(ev(node[1], env))
    elif kind == "while":
        while ev(node[1], env): run(node[2], env, out)
    elif kind == "if":
        run(node[2] if ev(node[1], env) else node[3], env, out)
def ev(node, env):
    if node[0] == "num": return node[1]
    if node[0] == "var": return env[node[1]]
    return OPS[node[1]](ev(node[2], env), ev(node[3], env))
SRC = """
n = 10; a = 0; b = 1; i = 0;
while i < n { print a; t = a + b; a = b; b = t; i = i + 1; }
x = 17;
if x % 2 == 0 { print 1000; } else { print -x * (2 + 3) / 4; }
s = 0; k = 1; while k <= 100 { s = s + k * k; k = k + 1; } print s;
"""
toks = tokenize(SRC)
print(len(toks), toks[:8])
ast = Parser(toks).program()
print(ast[1][0], len(ast[1]))
env, out = {}, []
run(ast, env, out)
print(out)
print(sorted(env.items()))
for bad in ["x = ;", "print 1", "y = 3 $ 4;"]:
    try:
        run(Parser(tokenize(bad)).program(), {}, [])
    except SyntaxError as e:
        print("SyntaxError:", e)
