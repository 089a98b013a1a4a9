# ast.unparse on varied code: precedence-aware parentheses, string quoting, f-strings,
# docstrings, decorators, comprehensions and match statements, checked by re-parsing.
import ast

SOURCES = [
    "x = (a + b) * c - (d - e) - f ** -g ** h",
    "y = -(x ** 2) + (-x) ** 2 + (not a) + ~b",
    "z = (a if b else c) if (d if e else f) else g",
    "w = (lambda: 1)() + (yield) if 0 else (x := 5)",
    "v = a and (b or c) and not (d and e)",
    "u = (a < b) < c == (d is e)",
    "t = (1, 2)[0], (), (3,), [*a, *b], {**c, 'd': 1}, {*e}",
    "s = 'single', \"double\", 'it\\'s', \"say \\\"hi\\\"\", '''both ' and \"'''",
    "r = 'tab\\there', 'nl\\n', 'back\\\\slash', '\\x00\\x7f', 'é', b'\\xff', u'unicode'",
    "q = f'{a}{b!r}{c:>{w}.{p}f}' + f\"{'nested'}\" + f'{x!a:}' + f'{{literal}}'",
    "p = f'{a=}' f'{ b = !s}' 'plain'",
    "o = a[1:2], a[::2], a[:, None], a[...], a[b, c:d], a[()]",
    "n = 1 .real, 1.5.imag, (1).bit_length(), x.y.z",
    "m = [i for i in range(10) if i % 2 if i > 3]",
    "l = {k: v for k, v in d.items()}, {x async for x in y}",
    "k = (x for x in (y for y in z))",
    "def f(a, b=1, /, c=2, *d, e, f=3, **g) -> 'ret':\n    '''Docstring\n    more'''\n    return a",
    "async def g(*, key):\n    async with a as (b, c):\n        await d\n    async for i in j:\n        pass",
    "@dec\n@dec2(1)\nclass K(A, B, metaclass=M):\n    x: int\n    y: list[int] = []\n    (z): int = 1",
    "for a, (b, c) in d:\n    pass\nelse:\n    pass",
    "while not done:\n    break",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    if d:\n        pass",
    "try:\n    pass\nexcept (A, B) as e:\n    raise C from e\nexcept D:\n    raise\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass",
    "with a, b as c, (d) as e:\n    pass",
    "import a, b.c as d\nfrom . import e\nfrom ..f.g import (h, i as j)\nfrom k import *",
    "global a, b\ndel a, b[0], c.d\nassert x, 'message'",
    "match p:\n    case 1 | 2 | 3:\n        pass\n    case [a, *_]:\n        pass\n"
    "    case {'k': v, **rest}:\n        pass\n    case Point(x=0) as pt if pt:\n        pass\n"
    "    case (A() | B()) as ab:\n        pass\n    case None | True | -1 | 1+2j:\n        pass",
    "x = yield from y\nz = await w",
    "print(*args, sep='', **kwargs)\nf(a)(b)[c].d",
    "a = b = c = 1\na += 1\nb //= 2\nc **= 3\nd @= e",
    "x = 1e400, -1e400, 1e400j",
    "'''Module docstring with \"quotes\" and \\\\ backslash'''\nx = 1",
    "lambda: (yield)\nlambda x, *, y=2: x + y",
    "x = {}\ny = set()\nz = {1, 2}",
    "def f():\n    return (yield x)",
    "x = a if b else lambda: c",
    "x = (a, b) = c",
    "x = [(yield)]",
    "f(*b, **{'a': 1}, c=2)",
    "x = -1 ** 2, (-1) ** 2, 2 ** -1",
    "x = 'a' 'b' f'{c}'",
]

for src in SOURCES:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    print(text)
    again = ast.unparse(ast.parse(text))
    same = ast.dump(ast.parse(text)) == ast.dump(tree)
    print("# stable:", again == text, "same tree:", same)
    print("-" * 30)

print(ast.unparse(ast.parse("a + b", mode="eval")))
print(ast.unparse(ast.Constant(value=(1, "two", 3.0))))
print(ast.unparse(ast.Constant(value=(1,))))
print(ast.unparse(ast.Set(elts=[])))
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name("a"), ast.Mult(), ast.Name("b")), ast.Pow(),
                            ast.UnaryOp(ast.USub(), ast.Name("c")))))
print(ast.unparse(ast.Tuple(elts=[], ctx=ast.Load())))
print(ast.unparse(ast.arguments(posonlyargs=[], args=[ast.arg("a")], kwonlyargs=[],
                                kw_defaults=[], defaults=[])))
try:
    ast.unparse(ast.Raise(exc=None, cause=ast.Name("x")))
except ValueError as e:
    print("ValueError", e)
try:
    ast.unparse(ast.JoinedStr(values=[ast.Name("x")]))
except ValueError as e:
    print("ValueError", str(e).split(",")[0])
