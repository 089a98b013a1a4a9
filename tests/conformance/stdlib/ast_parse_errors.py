# ast.parse on broken and on unusual-but-valid source: SyntaxError details as CPython's
# parser reports them, and the code ast.parse accepts though compiling it would fail.
import ast

BROKEN = [
    "def f(:\n    pass",
    "x = (1, 2",
    "if x\n    pass",
    "print 'hello'",
    "1 = x",
    "f() = 3",
    "x +=",
    "for in range(3): pass",
    "class C\n    pass",
    "def f():\nreturn 1",
    "  x = 1",
    "x = 'unterminated",
    "x = '''never\nclosed",
    "a b c",
    "import",
    "from x import",
    "lambda x: yield",
    "x = [1, 2,, 3]",
    "try:\n    pass\n",
    "else: pass",
    "f(**x, *y)",
    "f(a=1, b)",
    "del f()",
    "x = 08",
    "{1: 2, 3}",
    "f'{}'",
    "with a as 1: pass",
    "def f(a, a): pass",
]

for src in BROKEN:
    try:
        ast.parse(src)
        print(f"{src!r:36} parsed")
    except SyntaxError as e:
        print(f"{src!r:36} {type(e).__name__}: {e.msg} ({e.lineno}:{e.offset}) {e.text!r}")

ACCEPTED = [
    "return 1",
    "break",
    "continue",
    "yield x",
    "await y",
    "nonlocal z",
    "def f():\n    global x\n    x = 1\n    global x",
    "async def f():\n    yield 1\n    return 2",
    "x = [await y for y in z]",
    "def g():\n    x = 1\n    nonlocal x",
]
for src in ACCEPTED:
    tree = ast.parse(src)
    print(f"{src!r:48} {[type(n).__name__ for n in tree.body]}")
    try:
        compile(src, "<test>", "exec")
        print("    compiles")
    except SyntaxError as e:
        print("    compile:", e.msg)

try:
    ast.parse("x = 1", mode="eval")
except SyntaxError as e:
    print("eval mode:", e.msg, e.lineno, e.offset)
try:
    ast.parse("x", mode="bogus")
except ValueError as e:
    print("ValueError", e)
try:
    ast.parse(42)
except TypeError as e:
    print("TypeError", e)
tree = ast.parse(b"y = '\xc3\xa9'\n", filename="bytes.py")
print(ast.dump(tree.body[0].value))
try:
    ast.parse("x = )", filename="config/app.py")
except SyntaxError as e:
    print(e.filename, e.lineno, e.offset, e.msg)
