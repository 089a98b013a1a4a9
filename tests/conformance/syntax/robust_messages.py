# A snippet checker: compile user-supplied lines and report CPython's diagnosis of each.
SNIPPETS = [
    # '=' where a comparison was meant
    "if x = 1:\n    pass\n",
    "while count = 0:\n    pass\n",
    "if True:\n    pass\nelif mode = 'fast':\n    pass\n",
    "y = (x = 1)\n",
    "[x = 1]\n",
    "if user.name = 'bob':\n    pass\n",
    "if row[0] = 1:\n    pass\n",
    "if f() = 1:\n    pass\n",
    "if x = y = 1:\n    pass\n",
    # annotations
    "f(): int\n",
    "a + b: int\n",
    "[a, b]: int\n",
    "(a, b): int = 1, 2\n",
    # del, walrus, keyword arguments
    "del *a, b\n",
    "del (a, *b)\n",
    "del a + b\n",
    "(f() := 1)\n",
    "(a[0] := 1)\n",
    "((a, b) := 1)\n",
    "(1 := 1)\n",
    "f(a.b=1)\n",
    "f(x, a[0]=1)\n",
    "f('a'=1)\n",
    "f(True=1)\n",
    # imports and with-targets
    "from os import path,\n",
    "import os,\n",
    "with open('x') as f():\n    pass\n",
    "with a as (b, 1):\n    pass\n",
    "with a as b + c:\n    pass\n",
    "try:\n    pass\nexcept E as f():\n    pass\n",
    # dictionaries
    "d = {'a':}\n",
    "d = {'a': 1, 'b':}\n",
]


def diagnose(src):
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} (line {e.lineno})"
    return "ok"


for snippet in SNIPPETS:
    label = " | ".join(line.strip() for line in snippet.splitlines())
    print(f"{label:44} -> {diagnose(snippet)}")
