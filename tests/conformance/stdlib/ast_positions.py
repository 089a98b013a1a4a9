# Node positions (lines and UTF-8 byte columns) and ast.get_source_segment on source with
# multi-byte characters, decorators, f-strings, continuation lines and semicolons.
import ast

SOURCE = '''\
café = "naïve" + 'ü' * 2
@decorator
@other(arg="é")  # comment

def größe(x, *args, key=None, **kwargs):
    return {"ключ": x, 'β': [a for a in args]}
total = sum(v for v in range(10)); count = 3;
msg = f"{café!r:>10} and {total=} {'ok'}"
long = (1 +
        2 +
        3)
class Ünïcode(Base, metaclass=Meta):
    ...
if a: b;
elif c: d
result = call(
    first,
    *rest,
    last=1,
)
'''

tree = ast.parse(SOURCE)
for node in ast.walk(tree):
    if isinstance(node, (ast.expr, ast.stmt, ast.arg, ast.keyword, ast.excepthandler)):
        seg = ast.get_source_segment(SOURCE, node)
        if seg is not None and len(seg) > 40:
            seg = seg[:37] + "..."
        print(f"{type(node).__name__:14} {node.lineno}:{node.col_offset}-"
              f"{node.end_lineno}:{node.end_col_offset} {seg!r}")

func = tree.body[2]
print(ast.get_source_segment(SOURCE, func, padded=True).splitlines()[0])
print(repr(ast.get_source_segment(SOURCE, tree.body[5].value, padded=True)))
print(ast.get_source_segment(SOURCE, ast.Name("x")))

moved = ast.increment_lineno(ast.parse("x = 1\ny = 2"), 10)
print([(n.lineno, n.end_lineno) for n in ast.walk(moved) if hasattr(n, "lineno")])
copy = ast.copy_location(ast.Constant(5), tree.body[0].value)
print(copy.lineno, copy.col_offset, copy.end_lineno, copy.end_col_offset)
new = ast.Expr(ast.BinOp(ast.Name("a", ast.Load()), ast.Add(), ast.Constant(1)))
new.lineno, new.col_offset = 7, 2
ast.fix_missing_locations(new)
print([(type(n).__name__, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
       for n in ast.walk(new) if hasattr(n, "lineno")])
