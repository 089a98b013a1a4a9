# ast: get_source_segment (padded, multi-line, non-ASCII), dump layouts, NodeVisitor and
# NodeTransformer replacing, removing and expanding nodes.
import ast

SOURCE = (
    "total = 0\n"
    "if total:\n"
    "\tvalue = call(alpha,\n"
    "\t             beta)  # tail\n"
    "naïve = 'é' + 'ü'\n"
    "x = [\n"
    "    1,\n"
    "    2,\r\n"
    "]\n"
    "y = 3\n"
)

tree = ast.parse(SOURCE)
for node in ast.walk(tree):
    if isinstance(node, (ast.Call, ast.BinOp, ast.List, ast.Assign, ast.Constant)):
        plain = ast.get_source_segment(SOURCE, node)
        padded = ast.get_source_segment(SOURCE, node, padded=True)
        print(type(node).__name__, node.lineno, node.col_offset, repr(plain), repr(padded))

bare = ast.Name(id="q", ctx=ast.Load())
print(ast.get_source_segment(SOURCE, bare))
bare.lineno, bare.col_offset, bare.end_lineno, bare.end_col_offset = 1, 0, None, 5
print(ast.get_source_segment(SOURCE, bare))
bare.end_lineno, bare.end_col_offset = 1, 5
print(repr(ast.get_source_segment(SOURCE, bare)))
bare.lineno = None
try:
    ast.get_source_segment(SOURCE, bare)
except TypeError as exc:
    print("TypeError", exc)

# dump layouts
expr = ast.parse("f(a, *b, k=[1, (2, 3)], **kw)[1:2] if c else None", mode="eval")
print(ast.dump(expr))
print(ast.dump(expr, annotate_fields=False))
print(ast.dump(expr, indent=2))
print(ast.dump(expr.body.body, indent="..", annotate_fields=False))
print(ast.dump(ast.parse("x = 1").body[0], include_attributes=True))
print(ast.dump(ast.parse("x = 1").body[0], include_attributes=True, indent=1))
print(ast.dump(ast.parse("")))
print(ast.dump(ast.Module(body=[], type_ignores=[]), indent=4))
partial = ast.FunctionDef(name="f", body=[ast.Pass()])
print(ast.dump(partial))
print(ast.dump(partial, annotate_fields=False))
print(ast.dump(ast.Constant(value=None, kind=None)))
print(ast.dump(ast.Constant(value=None, kind="u"), annotate_fields=False))
print(ast.dump(ast.alias(name="m", asname=None), indent=0))
print(ast.dump(ast.Raise(exc=None, cause=ast.Name("e", ast.Load())), annotate_fields=False))
for bad in (None, [ast.Pass()], "x"):
    try:
        ast.dump(bad)
    except TypeError as exc:
        print("TypeError", exc)


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.constants = 0

    def visit_Name(self, node):
        self.names.append(node.id)

    def visit_Constant(self, node):
        self.constants += 1
        self.generic_visit(node)


counter = Counter()
print(counter.visit(ast.parse("a = b + 1\nfor i in range(3): print(i, 'x', a)")))
print(counter.names, counter.constants)


class Rewriter(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "drop":
            return None
        return ast.copy_location(ast.Name(id=node.id.upper(), ctx=node.ctx), node)

    def visit_Expr(self, node):
        # dup(x) becomes two statements, gone() none, tuple(x) a one-tuple of itself
        self.generic_visit(node)
        call = node.value
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name):
            if call.func.id == "DUP":
                return [node, ast.Expr(value=ast.Constant("copy"))]
            if call.func.id == "GONE":
                return None
            if call.func.id == "TUPLE":
                return (node,)
        return node

    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.Constant(node.value * 10)
        return node


module = ast.parse("a = [1, drop, b]\ndup(c)\ngone()\ntuple(d)\nprint(2, drop)\n")
result = Rewriter().visit(module)
print(result is module)
print(ast.unparse(ast.fix_missing_locations(result)))
print(ast.dump(result.body[0]))

holder = ast.Return(value=ast.Name("drop", ast.Load()))
Rewriter().visit(holder)
print(hasattr(holder, "value"), ast.dump(holder))
print(Rewriter().visit(ast.Name("drop", ast.Load())))
print(ast.dump(Rewriter().generic_visit(ast.parse("drop.x = 1").body[0])))
