# Generates API documentation from source: signatures rebuilt with ast.unparse, docstrings
# cleaned by ast.get_docstring, class hierarchies, constants and type annotations.
import ast

SOURCE = '''
"""Geometry toolkit.

    Shapes and helpers for 2-D work.
"""
from typing import Iterable, Optional

__all__ = ["Shape", "Circle", "scale"]
PI: float = 3.14159
VERSION = (1, 4, 2)
_PRIVATE = "hidden"


class Shape:
    """Base class.

    Subclasses implement area().
    """
    sides: int = 0

    def area(self) -> float:
        raise NotImplementedError

    def describe(self, *, verbose: bool = False, fmt: str = "{:.2f}") -> str:
        """Human-readable description."""
        return fmt.format(self.area())


class Circle(Shape):
    def __init__(self, r: float = 1.0, /, center: tuple[float, float] = (0, 0)):
        self.r = r

    @property
    def area(self) -> float:
        "Area of the circle."
        return PI * self.r ** 2

    @staticmethod
    def unit() -> "Circle":
        return Circle()

    async def fetch(self, *urls: str, timeout: Optional[float] = None, **opts) -> None:
        pass


def scale(shapes: Iterable[Shape], factor=2, *extra, key=lambda s: s.area, **kw) -> list:
    """Scale every shape.

        Returns a new list.
    """
    return [s for s in shapes]


def _helper(x=[], y={}, z=-1, w=not True):
    pass
'''


def signature(fn):
    args = ast.unparse(fn.args)
    ret = f" -> {ast.unparse(fn.returns)}" if fn.returns else ""
    prefix = "async def" if isinstance(fn, ast.AsyncFunctionDef) else "def"
    return f"{prefix} {fn.name}({args}){ret}"


tree = ast.parse(SOURCE)
print("MODULE DOC:", repr(ast.get_docstring(tree)))
print("RAW DOC:", repr(ast.get_docstring(tree, clean=False)))
for node in tree.body:
    if isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) for t in node.targets):
        for t in node.targets:
            print(f"const {t.id} = {ast.unparse(node.value)}"
                  f"{'  (private)' if t.id.startswith('_') else ''}")
    elif isinstance(node, ast.AnnAssign):
        print(f"const {ast.unparse(node.target)}: {ast.unparse(node.annotation)} = "
              f"{ast.unparse(node.value)} simple={node.simple}")
    elif isinstance(node, ast.ImportFrom):
        print("uses", node.module, [a.name for a in node.names])
    elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        print(signature(node))
        print("   doc:", repr(ast.get_docstring(node)))
        defaults = node.args.defaults + [d for d in node.args.kw_defaults if d]
        mutable = [ast.unparse(d) for d in defaults if isinstance(d, (ast.List, ast.Dict, ast.Set))]
        if mutable:
            print("   warning: mutable defaults", mutable)
    elif isinstance(node, ast.ClassDef):
        bases = ", ".join(ast.unparse(b) for b in node.bases) or "object"
        print(f"class {node.name}({bases})")
        print("   doc:", repr(ast.get_docstring(node)))
        for item in node.body:
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                decos = [ast.unparse(d) for d in item.decorator_list]
                print("   ", signature(item), decos or "")
                print("       doc:", repr(ast.get_docstring(item)))
            elif isinstance(item, ast.AnnAssign):
                print("    attr", ast.unparse(item))
for bad in (ast.Expr(ast.Constant("x")), ast.Name("n")):
    try:
        ast.get_docstring(bad)
    except TypeError as e:
        print("TypeError", e)
print(ast.get_docstring(ast.parse("x = 1")))
print(ast.get_docstring(ast.parse("def f():\n    b'bytes'\n").body[0]))
print(repr(ast.get_docstring(ast.parse("class K:\n    '''\n\tTabbed\n\t  more\n    '''").body[0])))
