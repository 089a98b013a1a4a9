# Static analysis with NodeVisitor: a call graph, unused variables, undefined names and
# return-type hints, then a NodeTransformer that instruments functions and runs the result.
import ast
import builtins

SOURCE = '''
import math

def area(r):
    """Circle area."""
    return math.pi * r ** 2

def describe(shapes):
    unused = 0
    out = []
    for kind, size in shapes:
        if kind == "circle":
            out.append(round(area(size), 2))
        else:
            out.append(square(size))
    return out

def square(side):
    tmp = side * side
    return tmp

def broken():
    return missing_name + 1

print(describe([("circle", 1), ("square", 3), ("circle", 2.5)]))
'''


class CallGraph(ast.NodeVisitor):
    def __init__(self):
        self.current = "<module>"
        self.edges = {}

    def visit_FunctionDef(self, node):
        outer, self.current = self.current, node.name
        self.edges.setdefault(node.name, set())
        self.generic_visit(node)
        self.current = outer

    def visit_Call(self, node):
        name = ast.unparse(node.func)
        self.edges.setdefault(self.current, set()).add(name)
        self.generic_visit(node)


class Scopes(ast.NodeVisitor):
    def __init__(self):
        self.report = []

    def visit_FunctionDef(self, node):
        assigned, used = {}, set()
        params = {a.arg for a in node.args.args}
        for sub in ast.walk(node):
            if isinstance(sub, ast.Name):
                if isinstance(sub.ctx, ast.Store):
                    assigned.setdefault(sub.id, sub.lineno)
                else:
                    used.add(sub.id)
        for name, line in sorted(assigned.items()):
            if name not in used:
                self.report.append(f"{node.name}: '{name}' assigned on line {line} but unused")
        known = set(dir(builtins)) | params | set(assigned) | GLOBALS
        for name in sorted(used - known):
            self.report.append(f"{node.name}: '{name}' is undefined")
        self.generic_visit(node)


tree = ast.parse(SOURCE)
GLOBALS = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
for n in tree.body:
    if isinstance(n, ast.Import):
        GLOBALS.update(a.asname or a.name for a in n.names)

graph = CallGraph()
graph.visit(tree)
for caller in sorted(graph.edges):
    print(f"{caller:10} -> {', '.join(sorted(graph.edges[caller])) or '(nothing)'}")

scopes = Scopes()
scopes.visit(tree)
print("\n".join(scopes.report))


class Tracer(ast.NodeTransformer):
    """Prints each call of a function with its arguments, and its result."""

    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        names = [a.arg for a in node.args.args]
        fmt = ", ".join(f"{n}={{{n}!r}}" for n in names)
        enter = ast.parse(f"print(f'-> {node.name}({fmt})')").body[0]
        body = node.body
        if ast.get_docstring(node) is not None:
            body = body[1:]
        node.body = [enter] + body
        return node

    def visit_Return(self, node):
        self.generic_visit(node)
        if node.value is None:
            return node
        assign = ast.Assign(targets=[ast.Name("_result", ast.Store())], value=node.value)
        show = ast.parse("print('   returns', _result)").body[0]
        ret = ast.Return(ast.Name("_result", ast.Load()))
        return [assign, show, ret]


traced = ast.fix_missing_locations(Tracer().visit(ast.parse(SOURCE)))
traced.body = [s for s in traced.body
               if not (isinstance(s, ast.FunctionDef) and s.name == "broken")]
code = ast.unparse(traced)
print(code)
exec(compile(code, "<traced>", "exec"), {"__name__": "traced"})

counter = {}
for node in ast.walk(tree):
    for child in ast.iter_child_nodes(node):
        counter[type(node).__name__] = counter.get(type(node).__name__, 0) + 1
print(sorted(counter.items()))
print([name for name, _ in ast.iter_fields(tree.body[1])])
print([type(c).__name__ for c in ast.iter_child_nodes(tree.body[1])])
