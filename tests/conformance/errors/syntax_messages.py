# Malformed source: compile() raises SyntaxError (or IndentationError, TabError) with
# CPython's kind, message and line.
CASES = [

    "def f(:\n    pass\n",
    "x = (1,\ny = 2\n",
    "foo(1, 2\n",
    "x = [1, 2\n\n\n",
    "print(1))\n",
    "x = (1, 2]\n",
    "if x\n    pass\n",
    "while True print(1)\n",
    "for x in range(3)\n    pass\n",
    "class A\n    pass\n",
    "def f():\npass\n",
    "  x = 1\n",
    "if x:\n    a = 1\n  b = 2\n",
    "x = 'abc\n",
    "x = '''abc\n\n",
    "1 = x\n",
    "f() = 1\n",
    "del f()\n",
    "x + 1 = 2\n",
    "f(a=1, 2)\n",
    "def f(a=1, b):\n    pass\n",
    "return 5\n",
    "break\n",
    "continue\n",
    "def f():\n    yield = 3\n",
    "x = 1 +\n",
    "import\n",
    "from x import\n",
    "a b\n",
    "x = $\n",
    "lambda x: yield\n",
    "f(**x, *y)\n",
    "x = {1: 2, 3}\n",
    "def f(x, x):\n    pass\n",
    "nonlocal x\n",
    "def f():\n    global x\n    x = 1\n    global x\n",
    "x = 5 if 3\n",
    "print 'hello'\n",
    "else:\n    pass\n",
    "try:\n    pass\n",
    "x = )\n",
    "(a, b) += 1\n",
    "a, b += 1\n",
    "with open(x) as f()\n    pass\n",
    "x = 1\\ 2\n",
    "def f(*):\n    pass\n",
    "async = 1\n",
    "True = 1\n",
    "None = 1\n",
    "f(x for x in y, 1)\n",
    "[x for x in]\n",
    "x: int = 1 = 2\n",
    "@\ndef f(): pass\n",
    "x = 0777\n",
    "x = 1_\n",
    "x = 5a\n",
    "'a' 'b' = 1\n",
    "def f():\n    return\n  x\n",
    "if True:\n\tx = 1\n        y = 2\n",
]
MORE = ["x = ?\n", "x = €\n", "x = '''abc\n", "x = '''abc", "x = '''abc\n\n\n", "x = (1, [2,\n", "f() += 1\n","a.b() = 3\n","a < b = 1\n","f() = g(a=1)\n","[1] = x\n","for f() in x: pass\n", "x = 0x1g\n", "x = 1e\n","def f(a, b, a=1): pass\n","lambda a, a: 1\n", "x = 1 if 2 else\n", "print 'a' % 3\n", "exec 'x'\n", "x = 09\n", "x = 1__0\n", "(yield) = 1\n","x = yield = 1\n", "\tif x:\n", "if 1:\n        x = 1\n\ty = 2\n",
"def f(:\n", "x = [1,\n  2,\n  3\nprint(x)\n", "foo(\n  a,\n  b\n", "d = {'a': 1,\n     'b': 2]\n", "if x == 1\n    pass\n", "class C(object)\n    pass\n", "def f(x) -> int\n    return x\n", "x = 1 = 2\n", "f(x=1, x=2)\n", "x = [1, 2, 3]]\n", "print(\"hello)\n", "s = 'it's'\n", "x = 3 +* 4\n", "import a.b as\n", "elif x:\n    pass\n", "def f():\n    return 1\n        x = 2\n", "while x:\npass\n", "x = {1, 2\ny = 3\n", "try:\n    x\nfinally\n    y\n", "with open('f') as f\n    pass\n", "def f(**k, a): pass\n", "def f(*, **k): pass\n", "a = 1 + (2 * 3\n", "x = .5.5\n", "x = 5 = y\n", "f(*)\n", "del 1\n", "del (a, 1)\n", "x += yield\n", "i++\n", "x = [i for i in range(3) if]\n", "return\n", "yield 1\n", "await x\n", "def f():\n    x = 1\n    nonlocal x\n", "def f(a):\n    global a\n", "from __future__ import braces\n", "from . import\n", "x = 'abc' 'def\n", "if True:\n    pass\n  else:\n    pass\n", "x = ()\n(x) = 1\n", "(a, b) = 1, 2\n", "a, *b, *c = range(5)\n", "*a = range(5)\n", "print(f'{x!z}')\n", "x = 0b102\n", "def f():\n    await g()\n", "print(f'{a}}')\n", "x = 'don't do it'\nprint(x)\n"]
seen = set()
for src in CASES + MORE:
    if src in seen:
        continue
    seen.add(src)
    try:
        compile(src, "case.py", "exec")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.filename)
    else:
        print(repr(src), "-> compiled")
