# ast.dump in its forms: annotated or not, with positions, indented by a count or a string,
# on statements of every kind, and on nodes built by hand.
import ast

SNIPPETS = [
    "x = 1",
    "del a[0], b.c",
    "a, *b = c = d",
    "x += y ** -z",
    "n: int = 0",
    "(n): int",
    "print(*args, sep='', **kw)",
    "lambda a, /, b=2, *c, d, e=5, **f: a",
    "def f(x: int = 1, *, y) -> str:\n    '''doc'''\n    return str(x)",
    "class A(B, metaclass=M):\n    pass",
    "for i in range(3):\n    continue\nelse:\n    break",
    "while x:\n    x -= 1",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "with open(p) as f, lock:\n    pass",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* (A, B):\n    pass",
    "assert x > 0, 'positive'",
    "import a.b as c\nfrom .. import d",
    "global g\nnonlocal n",
    "async def f():\n    async for x in y:\n        await x\n    async with z:\n        yield",
    "x = [a for a in b if a async for c in d]",
    "y = {k: v for k, v in items}\nz = {s for s in t}\ng = (i for i in j)",
    "f'{x!r:>{width}} {y=}'",
    "a[1:2, ::3, ...]",
    "x if y else z",
    "not a and b or c",
    "a < b is not c not in d",
    "(w := 10)",
    "yield from g",
    "match cmd:\n    case [x, *rest] if x:\n        pass\n    case {'k': 1, **kw}:\n        pass\n    case P(1, y=2) | None as z:\n        pass\n    case _:\n        pass",
]

for src in SNIPPETS:
    tree = ast.parse(src)
    print(repr(src))
    print(ast.dump(tree))
    print(ast.dump(tree, annotate_fields=False))
print(ast.dump(ast.parse("def f(a, b=1):\n    return a + b"), indent=2))
print(ast.dump(ast.parse("x = {'k': [1, 2.5, None]}"), indent="..", include_attributes=True))
print(ast.dump(ast.parse("[1, 2]", mode="eval"), indent=0))
print(ast.dump(ast.parse("x", mode="single")))

built = ast.Module(body=[ast.Expr(value=ast.Call(func=ast.Name(id="print", ctx=ast.Load()),
                                                 args=[ast.Constant(value="hi")],
                                                 keywords=[]))],
                   type_ignores=[])
print(ast.dump(built))
print(ast.dump(built, include_attributes=True))
print(ast.dump(ast.fix_missing_locations(built), include_attributes=True))
print(ast.dump(ast.Name()))
print(ast.dump(ast.Constant(value=3, kind=None)))
print(ast.dump(ast.arguments()))
print(ast.dump(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))))
try:
    ast.dump("not a node")
except TypeError as e:
    print("TypeError", e)
try:
    ast.BinOp(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
n = ast.Name("x", ast.Load(), lineno=3, col_offset=4)
print(n.id, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
print(ast.Name._fields, ast.FunctionDef._fields, ast.expr._attributes, ast.arguments._fields)
print(ast.comprehension._fields, ast.ExceptHandler._fields, ast.MatchClass._fields)
print(issubclass(ast.FunctionDef, ast.stmt), issubclass(ast.Name, ast.expr),
      issubclass(ast.MatchAs, ast.pattern), isinstance(ast.Add(), ast.operator))
