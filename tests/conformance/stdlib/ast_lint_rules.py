# A small linter built on ast: each rule walks the tree and reports line:column findings,
# sorted as a linter prints them, with the offending source segment.
import ast

SOURCE = '''\
import os, sys
from subprocess import *

def risky(data, cache={}):
    try:
        result = eval(data)
    except:
        result = None
    assert (result, "must not be None")
    if result == None or type(result) == type([]):
        exec("print(1)")
    for i in range(len(data)):
        print(data[i])
    x = lambda: 0
    return result is not None and not not result

class config:
    def method(self):
        global counter
        counter += 1
        l = 1; O = 0
        return l if O else os.getcwd

def unused_args(a, b, *args, **kwargs):
    return a
'''


class Linter(ast.NodeVisitor):
    def __init__(self, source):
        self.source = source
        self.findings = []

    def report(self, node, code, msg):
        seg = ast.get_source_segment(self.source, node) or ""
        seg = seg.splitlines()[0] if seg else ""
        self.findings.append((node.lineno, node.col_offset + 1, code, msg, seg[:30]))

    def visit_Import(self, node):
        if len(node.names) > 1:
            self.report(node, "E401", "multiple imports on one line")
        self.generic_visit(node)

    def visit_ImportFrom(self, node):
        if any(a.name == "*" for a in node.names):
            self.report(node, "F403", f"'from {node.module} import *' used")

    def visit_FunctionDef(self, node):
        for d in node.args.defaults + [d for d in node.args.kw_defaults if d]:
            if isinstance(d, (ast.Dict, ast.List, ast.Set)):
                self.report(d, "B006", "mutable default argument")
        used = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
        for a in node.args.args + node.args.kwonlyargs:
            if a.arg not in used and a.arg != "self":
                self.report(a, "ARG001", f"unused argument '{a.arg}'")
        for a in (node.args.vararg, node.args.kwarg):
            if a and a.arg not in used:
                self.report(a, "ARG002", f"unused variadic '{a.arg}'")
        self.generic_visit(node)

    def visit_ExceptHandler(self, node):
        if node.type is None:
            self.report(node, "E722", "bare except")
        self.generic_visit(node)

    def visit_Assert(self, node):
        if isinstance(node.test, ast.Tuple) and node.test.elts:
            self.report(node, "F631", "assert on a non-empty tuple is always true")
        self.generic_visit(node)

    def visit_Compare(self, node):
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.Eq, ast.NotEq)) and isinstance(right, ast.Constant) \
                    and right.value is None:
                self.report(node, "E711", "comparison to None")
        if isinstance(node.left, ast.Call) and ast.unparse(node.left.func) == "type":
            self.report(node, "E721", "type comparison")
        self.generic_visit(node)

    def visit_Call(self, node):
        if isinstance(node.func, ast.Name) and node.func.id in ("eval", "exec"):
            self.report(node, "S307", f"use of {node.func.id}()")
        if ast.unparse(node.func) == "range" and node.args \
                and isinstance(node.args[0], ast.Call) and ast.unparse(node.args[0].func) == "len":
            self.report(node, "C0200", "range(len(...)) loop")
        self.generic_visit(node)

    def visit_Assign(self, node):
        if isinstance(node.value, ast.Lambda):
            self.report(node, "E731", "lambda assigned to a name")
        for t in node.targets:
            if isinstance(t, ast.Name) and t.id in ("l", "O", "I"):
                self.report(t, "E741", f"ambiguous variable name '{t.id}'")
        self.generic_visit(node)

    def visit_UnaryOp(self, node):
        if isinstance(node.op, ast.Not) and isinstance(node.operand, ast.UnaryOp) \
                and isinstance(node.operand.op, ast.Not):
            self.report(node, "SIM208", "double negation")
        self.generic_visit(node)

    def visit_ClassDef(self, node):
        if not node.name[:1].isupper():
            self.report(node, "N801", f"class name '{node.name}' should use CapWords")
        self.generic_visit(node)

    def visit_Global(self, node):
        self.report(node, "PLW0603", f"global statement for {', '.join(node.names)}")


linter = Linter(SOURCE)
linter.visit(ast.parse(SOURCE, "risky.py"))
for line, col, code, msg, seg in sorted(linter.findings):
    print(f"risky.py:{line}:{col}: {code:7} {msg:44} | {seg}")
print(len(linter.findings), "findings")
