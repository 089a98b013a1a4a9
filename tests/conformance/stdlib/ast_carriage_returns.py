# compile(), exec() and ast.parse() read "\r\n" and a lone "\r" as line ends, as CPython's
# tokenizer does: line numbers count them, and string literals hold "\n" in their place.
import ast
import sys

SOURCES = [
    "x = 1\ry = 2\rz = x +\\\r y\r",
    "a = 1\r\nb = '''one\r\ntwo\rthree'''\r\nc = 3\r\n",
    "def f():\r    return 1\r\rclass C:\r\n    pass\n",
    "if True:\r\n    v = [1,\r 2]\relse:\r    v = 0\r",
]

for source in SOURCES:
    tree = ast.parse(source)
    print([(type(n).__name__, n.lineno, n.col_offset, n.end_lineno) for n in ast.walk(tree)
           if isinstance(n, ast.stmt)])
    print(ast.unparse(tree).replace("\n", " | "))
    namespace = {}
    exec(compile(source, "<src>", "exec"), namespace)
    print(sorted((k, v) for k, v in namespace.items() if not k.startswith("__") and not callable(v)))

try:
    exec(compile("p = 1\rq = 2\rraise KeyError(q)\r", "<cr>", "exec"))
except KeyError as err:
    print("raised at line", sys.exc_info()[2].tb_next.tb_lineno, err)
for bad in ("ok = 1\r'open", "ok = 1\r\n  indented = 2\r\n", "(1,\r2"):
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as err:
        print(type(err).__name__, err.msg, err.lineno, repr(err.text))
