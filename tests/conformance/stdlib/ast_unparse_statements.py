# ast.unparse of statements with optional parts: return/raise/assert/annotations/slices,
# parameters of every kind, relative imports, except clauses, match guards.
import ast

SNIPPETS = [
    "def f():\n    return\n",
    "def f():\n    return x, y\n",
    "def f() -> int:\n    pass\n",
    "async def g(a, /, b=2, *args: int, c, d=4, **kw: str) -> None:\n    await h()\n",
    "def k(a, b=1, /, c=2, *, d, e=5):\n    break\n",
    "def m(*, only):\n    continue\n",
    "def n(*args, **kwargs):\n    ...\n",
    "lambda: 0",
    "lambda a, *b, c=1, **d: a",
    "lambda *, k: k",
    "raise",
    "raise ValueError",
    "raise ValueError('x') from err",
    "raise E from None",
    "assert x",
    "assert x, 'message'",
    "x: int",
    "x: int = 5",
    "(y): list[str] = []",
    "obj.attr: float",
    "a[1:2]; a[:]; a[::]; a[1:]; a[:2]; a[::3]; a[1:2:3]; a[:, 1:]; a[x, y:z]",
    "from . import a",
    "from .. import b as c",
    "from ...pkg.mod import d, e as f",
    "from mod import *",
    "import os.path as p, sys",
    "try:\n    pass\nexcept:\n    pass\n",
    "try:\n    pass\nexcept (A, B) as err:\n    raise\nelse:\n    x = 1\nfinally:\n    y = 2\n",
    "try:\n    pass\nexcept* ValueError as eg:\n    pass\n",
    "match p:\n    case [1, *rest] if rest:\n        pass\n    case {'k': v, **others}:\n        pass\n    case Point(x=0) | None:\n        pass\n    case _:\n        pass\n",
    "for i in range(3):\n    if i:\n        continue\n    break\nelse:\n    pass\n",
    "while True:\n    pass\n",
    "class C(Base, metaclass=M):\n    '''doc'''\n    x: int = 0\n",
    "del a, b[0], c.d",
    "global g1, g2",
    "x += 1; y //= 2; z **= 3",
    "with open(f) as a, lock:\n    pass\n",
    "print(*args, sep='', **opts)",
]

for text in SNIPPETS:
    tree = ast.parse(text)
    back = ast.unparse(tree)
    print(back)
    print("--", ast.dump(ast.parse(back)) == ast.dump(tree))

# nodes built by hand
print(ast.unparse(ast.Return()))
print(ast.unparse(ast.Slice()))
print(ast.unparse(ast.Slice(step=ast.Constant(2))))
print(ast.unparse(ast.arg(arg="x")))
print(ast.unparse(ast.arg(arg="x", annotation=ast.Name("T", ast.Load()))))
print(ast.unparse(ast.ImportFrom(module=None, names=[ast.alias("q")], level=2)))
print(ast.unparse(ast.ImportFrom(module="m", names=[ast.alias("q")], level=None)))
try:
    ast.unparse(ast.Raise(exc=None, cause=ast.Name("e", ast.Load())))
except ValueError as exc:
    print("ValueError", exc)
print(repr(ast.unparse(ast.Module(body=[ast.Pass(), ast.Break(), ast.Continue()], type_ignores=[]))))
