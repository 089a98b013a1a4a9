# A safe calculator: expressions are parsed with ast and evaluated by walking the tree.
import ast
import math
import operator

BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
          ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod,
          ast.Pow: operator.pow}
UNARY = {ast.UAdd: operator.pos, ast.USub: operator.neg}
FUNCS = {"sqrt": math.sqrt, "abs": abs, "round": round, "max": max, "min": min}


class Calculator:
    def __init__(self):
        self.vars = {"pi": math.pi}

    def run(self, line):
        tree = ast.parse(line)
        result = None
        for stmt in tree.body:
            if isinstance(stmt, ast.Assign):
                value = self.eval(stmt.value)
                for target in stmt.targets:
                    if not isinstance(target, ast.Name):
                        raise ValueError("can only assign to names")
                    self.vars[target.id] = value
                result = value
            elif isinstance(stmt, ast.AugAssign):
                name = stmt.target.id
                self.vars[name] = BINARY[type(stmt.op)](self.vars[name], self.eval(stmt.value))
                result = self.vars[name]
            else:
                result = self.eval(stmt.value)
        return result

    def eval(self, node):
        if isinstance(node, ast.Constant):
            if not isinstance(node.value, (int, float)) or isinstance(node.value, bool):
                raise ValueError(f"unsupported constant {node.value!r}")
            return node.value
        if isinstance(node, ast.Name):
            if node.id not in self.vars:
                raise NameError(f"unknown variable {node.id!r}")
            return self.vars[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in BINARY:
            return BINARY[type(node.op)](self.eval(node.left), self.eval(node.right))
        if isinstance(node, ast.UnaryOp) and type(node.op) in UNARY:
            return UNARY[type(node.op)](self.eval(node.operand))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            func = FUNCS.get(node.func.id)
            if func is None or node.keywords:
                raise ValueError(f"call to {node.func.id!r} not allowed")
            return func(*[self.eval(a) for a in node.args])
        raise ValueError(f"unsupported syntax: {type(node).__name__} at column {node.col_offset}")


calc = Calculator()
lines = ["1 + 2 * 3", "price = 19.99", "qty = 3", "total = price * qty", "total -= 5",
         "round(total, 2)", "sqrt(16) + abs(-2) ** 2", "x = y = 7; x * y", "-(2 ** -1)",
         "max(1, 7, 3) // 2 % 3", "10 / 0", "unknown + 1", "'text' * 2", "open('f')",
         "a.b = 1", "1 +", "(1 + 2", "f() = 3", "x if y else 0", "[1, 2][0]", "True + 1",
         "2 ** 0.5 == sqrt(2)"]
for line in lines:
    try:
        print(f"{line!r:28} => {calc.run(line)!r}")
    except SyntaxError as e:
        print(f"{line!r:28} => SyntaxError: {e.msg} (offset {e.offset})")
    except (ValueError, NameError, ZeroDivisionError, KeyError) as e:
        print(f"{line!r:28} => {type(e).__name__}: {e}")
print(sorted(calc.vars))

# The tree itself, and literal_eval for data.
expr = ast.parse("2 * (price + 1) - qty / 4", mode="eval")
print(ast.dump(expr))
print(ast.dump(ast.parse("total += f(a, *b, k=1)[1:]"), indent=2))
print([type(n).__name__ for n in ast.walk(expr)])
body = expr.body
print(body.lineno, body.col_offset, body.end_col_offset, body.left.right.col_offset)


class NameCollector(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append(node.id)


collector = NameCollector()
collector.visit(expr)
print(collector.names)


class ConstantFolder(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            value = BINARY[type(node.op)](node.left.value, node.right.value)
            return ast.copy_location(ast.Constant(value), node)
        return node


print(ast.dump(ConstantFolder().visit(ast.parse("x + 2 * 3 - 1", mode="eval"))))

config = "{'name': 'demo', 'sizes': [1, 2.5, -3], 'flags': {True, None}, 'pair': (1+2j, b'x')}"
print(ast.literal_eval(config))
for bad in ["__import__('os')", "[1, 2] + [3]", "{'a': x}", "1 +", ""]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError", str(e).split(":")[0])
    except SyntaxError as e:
        print("SyntaxError", e)
ast.parse("total = = 1")
