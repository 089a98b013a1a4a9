# A linter-style checker: compile definitions and calls people get wrong, report CPython's words.
SNIPPETS = [
    # parameter lists
    "def f(*a, *b): pass\n",
    "def f(*, a, *, b): pass\n",
    "def f(a, /, b, /): pass\n",
    "def f(/, a): pass\n",
    "def f(*a, /): pass\n",
    "def f(a, *, /): pass\n",
    "def f(a, / *): pass\n",
    "def f(*a=1): pass\n",
    "def f(**kw=1): pass\n",
    "def f(a=): pass\n",
    "def f(a, b=): pass\n",
    "def f((a, b)): pass\n",
    "def f(a, (b, c)): pass\n",
    "def f() -> : pass\n",
    "lambda (x): x\n",
    "lambda a, (b, c): 1\n",
    "lambda *a, *b: 1\n",
    "lambda *a=1: 1\n",
    "lambda **k=1: 1\n",
    "lambda a, /, b, /: 1\n",
    "lambda *a, /: 1\n",
    "lambda /: 1\n",
    # calls
    "f(**kw, x)\n",
    "f(**kw, *args)\n",
    "f(x=1, y)\n",
    "f(*k=1)\n",
    "f(__debug__=1)\n",
    "class C(x for x in y): pass\n",
    # groups and displays
    "(*x)\n",
    "(**x)\n",
    "x = (*a)\n",
    "{'a': *b}\n",
    "{'a': **b}\n",
    "[x, y for x, y in pairs]\n",
    "{x, y for x, y in pairs}\n",
    "[x for x y]\n",
    "[x for x in y z]\n",
    "[lambda: x y]\n",
    # targets
    "(x for x in y) = 1\n",
    "class __debug__: pass\n",
    "def __debug__(): pass\n",
    "import __debug__\n",
    "from m import x as __debug__\n",
    "obj.__debug__ = 1\n",
    # numbers
    "x = 1j2\n",
    "x = 1 + 2j3\n",
    # yield in comprehensions
    "def f():\n    return [(yield x) for x in y]\n",
    "def f():\n    return {(yield x) for x in y}\n",
    "def f():\n    return {k: (yield k) for k in y}\n",
    "def f():\n    return ((yield x) for x in y)\n",
    # try without a handler
    "try:\n    pass\nelse:\n    pass\n",
    "try:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "def f():\n    try:\n        pass\n    return 1\n",
    # patterns
    "match x:\n    case a as _:\n        pass\n",
    "match x:\n    case a as 1:\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
    "match x:\n    case C(a=1, b):\n        pass\n",
    "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case 1j + 2j:\n        pass\n",
    "match x:\n    case 1 + a:\n        pass\n",
    "match x:\n    case 1 + 2j + 3:\n        pass\n",
]


def diagnose(src):
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} (line {e.lineno}, col {e.offset})"
    return "ok"


for snippet in SNIPPETS:
    label = " | ".join(line.strip() for line in snippet.splitlines())
    print(f"{label:44} -> {diagnose(snippet)}")
