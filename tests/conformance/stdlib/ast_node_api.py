# The node API scripts use: structural pattern matching on nodes, copying trees, building
# nodes by hand, transformers that delete or expand statements, and 'single' mode.
import ast
import copy


def describe(node):
    match node:
        case ast.BinOp(ast.Name(id=left), ast.Add() | ast.Sub() as op, ast.Constant(value=n)):
            return f"{left} {'+' if isinstance(op, ast.Add) else '-'} constant {n}"
        case ast.Call(func=ast.Attribute(value=ast.Name(id=obj), attr=meth), args=[*args]):
            return f"method {meth} on {obj} with {len(args)} args"
        case ast.Call(ast.Name(id=fn), args, []):
            return f"call {fn}({', '.join(ast.unparse(a) for a in args)})"
        case ast.Compare(left, [ast.In()], [ast.List(elts) | ast.Tuple(elts)]):
            return f"membership of {ast.unparse(left)} in {len(elts)} items"
        case ast.Lambda(ast.arguments(args=params), body):
            return f"lambda of {[p.arg for p in params]} -> {type(body).__name__}"
        case ast.Constant(value=str() as s):
            return f"string of {len(s)} chars"
        case ast.expr():
            return f"other {type(node).__name__}"


for src in ["x + 1", "y - 2.5", "items.append(a, b)", "max(a, b, key=f)", "len(s)",
            "c in [1, 2, 3]", "c in (4, 5)", "lambda a, b: a * b", "'hello'", "x * 2"]:
    print(f"{src:20} {describe(ast.parse(src, mode='eval').body)}")

tree = ast.parse("def f(a):\n    x = a + 1\n    return x\n")
clone = copy.deepcopy(tree)
clone.body[0].name = "g"
print(tree.body[0].name, clone.body[0].name, ast.dump(tree.body[0].args) == ast.dump(clone.body[0].args))
print([(name, type(value).__name__) for name, value in ast.iter_fields(tree.body[0].body[0])])


class DropAsserts(ast.NodeTransformer):
    def visit_Assert(self, node):
        return None

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Call) and ast.unparse(node.value.func) == "log":
            # One call becomes two statements.
            first = ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("log:")], []))
            return [first, node]
        return node


code = """
def work(items):
    assert items, "empty"
    log(len(items))
    total = 0
    for i in items:
        assert i >= 0
        total += i
    log(total)
    return total
"""
new = ast.fix_missing_locations(DropAsserts().visit(ast.parse(code)))
print(ast.unparse(new))
ns = {"log": lambda v: print("value", v)}
exec(compile(ast.unparse(new), "<new>", "exec"), ns)
print(ns["work"]([3, 4, 5]))

node = ast.FunctionDef(name="h", args=ast.arguments(posonlyargs=[], args=[ast.arg("z")],
                                                     kwonlyargs=[], kw_defaults=[], defaults=[]),
                       body=[ast.Return(ast.BinOp(ast.Name("z", ast.Load()), ast.Mult(),
                                                  ast.Constant(3)))],
                       decorator_list=[], returns=None)
module = ast.fix_missing_locations(ast.Module(body=[node], type_ignores=[]))
print(ast.unparse(module))
print(ast.dump(module, include_attributes=True)[:120])

for src in ["x = 1", "x = 1; y = 2", "if x:\n    y\n", "x = 1\ny = 2", "a\n\nb\n",
            "for i in r:\n    pass\nz\n"]:
    try:
        t = ast.parse(src, mode="single")
        print(repr(src), type(t).__name__, [type(s).__name__ for s in t.body])
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg, e.lineno, e.offset)
print(ast.Name.__match_args__, ast.AST.__match_args__, ast.keyword.__match_args__)
