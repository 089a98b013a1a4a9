# ast: parse trees of expressions and simple assignments, dump, literal_eval, visitors.
import ast, operator
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ast.literal_eval("[1, 2.5, -3, 'a', b'x', (1,), {'k': [None, True]}, {1, 2}, 1+2j, -1-2j]"))
t(lambda: ast.literal_eval("  {'a': 1}"))
t(lambda: ast.literal_eval("set()"))
t(lambda: ast.literal_eval("'a' 'b'"))
t(lambda: ast.literal_eval("1 +"))
t(lambda: ast.literal_eval(""))
t(lambda: ast.literal_eval("(1, 2,)"))
t(lambda: ast.literal_eval("-(1)"))
t(lambda: ast.literal_eval("1_000.5e-3"))
t(lambda: ast.literal_eval("'''multi\nline'''"))
t(lambda: ast.literal_eval(r"'\n\t\x41\u00e9'"))
t(lambda: ast.literal_eval("[1, 2][0]") if False else 0)
t(lambda: ast.literal_eval("\n[1,\n 2]\n"))
print(ast.dump(ast.parse("1 + 2 * x", mode="eval")))
print(ast.dump(ast.parse("f(a, *b, c=1, **d)[1:2, ::3].attr")))
print(ast.dump(ast.parse("not a and b or c if d else e")))
print(ast.dump(ast.parse("a < b <= c is not d not in e")))
print(ast.dump(ast.parse("-x ** 2 // 3 % 4 @ m | 1 ^ 2 & 3 << 4 >> 5")))
print(ast.dump(ast.parse("{1: 2, **x}, {1, 2}, [*a], (), (1,), ..., 'u', u'k', b'b', None, True")))
print(ast.dump(ast.parse("(y := 5)")))
print(ast.dump(ast.parse("x[0]\ny.z\n"), indent=2))
print(ast.dump(ast.parse("3 + 4", mode="eval"), indent=4))
print(ast.dump(ast.parse("a.b(c)", mode="eval").body, annotate_fields=False))
tree = ast.parse("2 * (3 + x) - y / 4", mode="eval")
print([type(n).__name__ for n in ast.walk(tree)])
b = tree.body
print(b.lineno, b.col_offset, b.end_lineno, b.end_col_offset, b.left.right.col_offset, b.left.right.end_col_offset)
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv, ast.Pow: operator.pow, ast.USub: operator.neg, ast.Mod: operator.mod, ast.FloorDiv: operator.floordiv}
def ev(node, env):
    if isinstance(node, ast.Expression):
        return ev(node.body, env)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Num):
        return node.n
    if isinstance(node, ast.BinOp):
        return OPS[type(node.op)](ev(node.left, env), ev(node.right, env))
    if isinstance(node, ast.UnaryOp):
        return OPS[type(node.op)](ev(node.operand, env))
    if isinstance(node, ast.Name):
        return env[node.id]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("abs", "max", "min"):
        return {"abs": abs, "max": max, "min": min}[node.func.id](*[ev(a, env) for a in node.args])
    raise ValueError(f"unsupported: {type(node).__name__}")
for e in ["2 * (3 + x) - y / 4", "-2 ** 2", "abs(-7) + max(1, x, 3)", "10 // 3 % 2", "x ** 0.5", "'s' * 2", "x if y else 1", "import os", "1 +* 2", "(1", "a = 1"]:
    try:
        print(e, "=", ev(ast.parse(e, mode="eval"), {"x": 5, "y": 8}))
    except (ValueError, KeyError, SyntaxError, ZeroDivisionError) as ex:
        print(e, "->", type(ex).__name__, ex)
class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
c = Counter(); c.visit(ast.parse("a + b * f(c, d=e)")); print(c.names)
class Fold(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant) and isinstance(node.op, ast.Add):
            return ast.copy_location(ast.Constant(node.left.value + node.right.value), node)
        return node
tr = Fold().visit(ast.parse("1 + 2 + x", mode="eval"))
print(ast.dump(tr))
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant("s"), ast.Num), isinstance(ast.Constant("s"), ast.Str), ast.Num(5).value)
n = ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2))
print(ast.dump(n), hasattr(n, "lineno"))
ast.fix_missing_locations(n); print(n.lineno, n.col_offset)
print(ast.Name._fields, ast.BinOp._fields, ast.Constant._fields, ast.expr._attributes)
print(isinstance(ast.Add(), ast.operator), issubclass(ast.Name, ast.expr), issubclass(ast.Expr, ast.stmt))
print(eval(compile("1+2", "<s>", "eval")))


def t2(src, mode="exec"):
    try:
        print(ast.dump(ast.parse(src, mode=mode)))
    except SyntaxError as e:
        print("SyntaxError", e, e.lineno, e.offset, repr(e.text))

t(lambda: ast.parse("1 + 2", mode="bogus"))
t(lambda: ast.literal_eval(ast.parse("[1, -2]", mode="eval")))
t(lambda: ast.literal_eval(ast.Constant(5)))
t2("x = 1 + 2")
t2("a = b = c")
t2("x, y = y, x")
t2("[a, *b] = z")
t2("obj.attr[0] = 5")
t2("total += price * qty")
t2("n **= 2\nm //= 3")
t2("f() = 1")
t2("1 = x")
t2("a + b = c")
t2("x + 1 += 2")
t2("(a, b) += 1")
t2("x == 1")
t2("x = ")
t2("print('hi'); y")
t2("a = 1", "eval")
src = """
price = 10
qty = 3
total = price * qty
total -= 5
"""
env = {}
for node in ast.parse(src).body:
    if isinstance(node, ast.Assign):
        env[node.targets[0].id] = eval(compile(ast.Expression(node.value), "<ast>", "eval"), {}, env) if False else None
print(sorted(env))
print([type(n).__name__ for n in ast.parse(src).body])
print(type(ast.parse(src).body[3].op).__name__, ast.parse(src).body[2].targets[0].ctx.__class__.__name__)
