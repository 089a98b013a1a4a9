# A code-metrics script: counts functions, classes, branches and lines per definition
# of a small module given as text, as a linting tool would.
import ast

SOURCE = '''
"""Inventory management helpers."""
import os
from collections import defaultdict as dd, Counter

TAX = 0.2


class Item:
    """One stock item."""

    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def total(self):
        return self.price * self.qty

    def restock(self, n):
        if n <= 0:
            raise ValueError("n must be positive")
        elif n > 1000:
            n = 1000
        self.qty += n
        return self.qty


class Inventory(dict):
    def add(self, item):
        self[item.name] = item

    def value(self, with_tax=False):
        total = 0
        for item in self.values():
            if item.qty:
                total += item.total
        while False:
            pass
        return total * (1 + TAX) if with_tax else total

    async def sync(self, client):
        async with client.session() as s:
            async for batch in s.fetch():
                await self.merge(batch)


def cheapest(items, *, limit=3):
    try:
        ranked = sorted(items, key=lambda i: (i.price, i.name))
    except TypeError as exc:
        print("cannot rank:", exc)
        return []
    finally:
        pass
    return [i for i in ranked if i.qty > 0][:limit]


def report(inv):
    by_letter = dd(list)
    for name in inv:
        by_letter[name[0]].append(name)
    return {k: len(v) for k, v in by_letter.items()}
'''

tree = ast.parse(SOURCE, filename="inventory.py")
print(type(tree).__name__, len(tree.body), "top-level statements")
print("module docstring:", ast.get_docstring(tree))

BRANCHES = (ast.If, ast.For, ast.While, ast.Try, ast.With, ast.AsyncFor, ast.AsyncWith,
            ast.IfExp, ast.ExceptHandler, ast.comprehension)


def complexity(node):
    score = 1
    for child in ast.walk(node):
        if isinstance(child, BRANCHES):
            score += 1
        elif isinstance(child, ast.BoolOp):
            score += len(child.values) - 1
    return score


class Metrics(ast.NodeVisitor):
    def __init__(self):
        self.scope = []
        self.rows = []

    def visit_ClassDef(self, node):
        bases = [ast.unparse(b) for b in node.bases]
        self.rows.append(("class", ".".join(self.scope + [node.name]), node.lineno,
                          node.end_lineno, ", ".join(bases) or "-"))
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    def visit_FunctionDef(self, node):
        args = node.args
        n_args = len(args.posonlyargs) + len(args.args) + len(args.kwonlyargs)
        deco = ",".join(ast.unparse(d) for d in node.decorator_list) or "-"
        kind = "async def" if isinstance(node, ast.AsyncFunctionDef) else "def"
        self.rows.append((kind, ".".join(self.scope + [node.name]), node.lineno,
                          node.end_lineno, f"args={n_args} cc={complexity(node)} deco={deco}"))
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    visit_AsyncFunctionDef = visit_FunctionDef


m = Metrics()
m.visit(tree)
for kind, name, start, end, extra in m.rows:
    print(f"{kind:9} {name:22} lines {start:3}-{end:<3} ({end - start + 1:2}) {extra}")

counts = {}
for node in ast.walk(tree):
    counts[type(node).__name__] = counts.get(type(node).__name__, 0) + 1
for name in sorted(counts):
    print(f"{name:16} {counts[name]}")

names = sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name)})
print("names:", names)
stores = sorted({n.id for n in ast.walk(tree)
                 if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)})
print("assigned:", stores)
attrs = sorted({n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)})
print("attributes:", attrs)
calls = sorted({ast.unparse(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)})
print("calls:", calls)
for node in ast.walk(tree):
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        print(node.name, "->", repr(ast.get_docstring(node)))
