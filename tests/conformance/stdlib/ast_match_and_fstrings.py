# Trees of match statements (every pattern kind) and of f-strings as CPython 3.11 builds
# them: literal pieces merged, conversions as character codes, nested format specs.
import ast

MATCH = '''
match command.split():
    case ["go", direction] if direction in DIRS:
        move(direction)
    case ["drop", *objects]:
        drop(objects)
    case {"action": "look", **details}:
        look(details)
    case Point(x=0, y=0) | Origin():
        home()
    case Point(1, 2, z=3) as p:
        print(p)
    case [1, 2] | (3, 4) | {"k": None}:
        pass
    case -1 | 1.5 | 2+3j | "s" | b"b" | True | None:
        pass
    case str() | bytes():
        pass
    case Color.RED:
        pass
    case [*_]:
        pass
    case _:
        fallback()
'''

tree = ast.parse(MATCH)
match = tree.body[0]
print(type(match).__name__, ast.unparse(match.subject), len(match.cases), "cases")
for case in match.cases:
    kinds = sorted({type(n).__name__ for n in ast.walk(case.pattern)})
    print(f"{ast.unparse(case.pattern):44} guard={ast.unparse(case.guard) if case.guard else '-':22}"
          f" {kinds}")
    print("   ", ast.dump(case.pattern))
    p = case.pattern
    print("    at", p.lineno, p.col_offset, p.end_lineno, p.end_col_offset)


class Captures(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_MatchAs(self, node):
        if node.name:
            self.names.append(node.name)
        self.generic_visit(node)

    def visit_MatchStar(self, node):
        self.names.append(node.name or "*_")

    def visit_MatchMapping(self, node):
        if node.rest:
            self.names.append("**" + node.rest)
        self.generic_visit(node)


c = Captures()
c.visit(tree)
print("captures:", c.names)

FSTRINGS = [
    "f'plain'",
    "f''",
    "f'{x}'",
    "f'a{x}b{y}c'",
    "f'{x!r} {y!s} {z!a}'",
    "f'{x:>10}'",
    "f'{x:{width}.{precision}}'",
    "f'{x=}'",
    "f'{x = :>5}'",
    "f'{x=!s}'",
    "'lit' f'{x}' 'eral'",
    "f'{x}' f'{y}'",
    "f'{{}} {{{x}}}'",
    "f'{\"quoted\"}'",
    "f'''multi\n{x}\nline'''",
    "f'{3,}'",
    "f'{a[\"k\"]!r:^{w}}'",
    "rf'\\d{n}'",
]
for src in FSTRINGS:
    node = ast.parse(src, mode="eval").body
    print(repr(src))
    print("   ", ast.dump(node))
    print("   ", ast.unparse(node))
    for n in ast.walk(node):
        if isinstance(n, (ast.Name, ast.Tuple, ast.Subscript)):
            print("    ", type(n).__name__, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)


class OldStyle(ast.NodeVisitor):
    def visit_Num(self, node):
        print("Num", node.n)

    def visit_Str(self, node):
        print("Str", node.s)

    def visit_NameConstant(self, node):
        print("NameConstant", node.value)


OldStyle().visit(ast.parse("x = [1, 'two', None, True, 2.5]"))
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant("s"), ast.Str),
      isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant(None), ast.NameConstant))
