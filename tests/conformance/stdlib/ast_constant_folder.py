# A NodeTransformer that folds constant arithmetic, removes dead branches and renames
# variables, then prints the rewritten source with ast.unparse and runs it.
import ast
import operator

SOURCE = '''
WIDTH = 60 * 2
HEIGHT = (10 + 5) * 4 - 1
MASK = 1 << 8 | 0x0F
ratio = WIDTH / HEIGHT
label = "size: " + "large" * 2
if 2 > 3:
    print("never")
elif 1 + 1 == 2:
    print("always", WIDTH - 20)
else:
    print("dead")
def area(w, h=3 ** 2):
    unused = -(-5) + +7
    return w * h + 0 * 100
while 0:
    pass
print(area(WIDTH), -2 ** 2, (not True) or 4 // 3, ratio > 1)
items = [i * (2 + 2) for i in range(3) if i % 2 == 0]
print(items, label, MASK, HEIGHT)
'''

BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
          ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod,
          ast.Pow: operator.pow, ast.LShift: operator.lshift, ast.RShift: operator.rshift,
          ast.BitOr: operator.or_, ast.BitAnd: operator.and_, ast.BitXor: operator.xor}
UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos, ast.Not: operator.not_,
         ast.Invert: operator.invert}
COMPARE = {ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt,
           ast.Gt: operator.gt, ast.LtE: operator.le, ast.GtE: operator.ge}


def const(node):
    return isinstance(node, ast.Constant)


class Folder(ast.NodeTransformer):
    def __init__(self):
        self.folded = 0

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if const(node.left) and const(node.right):
            try:
                value = BINOPS[type(node.op)](node.left.value, node.right.value)
            except Exception as exc:
                print("not folded:", ast.unparse(node), type(exc).__name__)
                return node
            self.folded += 1
            return ast.copy_location(ast.Constant(value), node)
        return node

    def visit_UnaryOp(self, node):
        self.generic_visit(node)
        if const(node.operand):
            self.folded += 1
            return ast.copy_location(ast.Constant(UNARY[type(node.op)](node.operand.value)), node)
        return node

    def visit_Compare(self, node):
        self.generic_visit(node)
        if len(node.ops) == 1 and const(node.left) and const(node.comparators[0]):
            self.folded += 1
            result = COMPARE[type(node.ops[0])](node.left.value, node.comparators[0].value)
            return ast.copy_location(ast.Constant(result), node)
        return node

    def visit_If(self, node):
        self.generic_visit(node)
        if const(node.test):
            return node.body if node.test.value else (node.orelse or None)
        return node

    def visit_While(self, node):
        self.generic_visit(node)
        if const(node.test) and not node.test.value:
            return None
        return node


class Renamer(ast.NodeTransformer):
    def __init__(self, mapping):
        self.mapping = mapping

    def visit_Name(self, node):
        if node.id in self.mapping:
            return ast.copy_location(ast.Name(self.mapping[node.id], node.ctx), node)
        return node

    def visit_arg(self, node):
        node.arg = self.mapping.get(node.arg, node.arg)
        return node


tree = ast.parse(SOURCE)
print(ast.unparse(tree))
print("-" * 40)
folder = Folder()
tree = ast.fix_missing_locations(folder.visit(tree))
tree = Renamer({"WIDTH": "width", "w": "wide", "HEIGHT": "height"}).visit(tree)
print("folded", folder.folded, "expressions")
text = ast.unparse(tree)
print(text)
print("-" * 40)
exec(compile(text, "<folded>", "exec"), {})
print("-" * 40)
for node in ast.walk(tree):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) \
            and not isinstance(node.value, bool):
        print("constant", node.value, "at line", node.lineno)
