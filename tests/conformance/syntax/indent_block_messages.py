# Blocks left empty, and indentation that mixes tabs and spaces.
SNIPPETS = [
    "if ready:\n    go()\nelse:\n",
    "if a:\n    pass\nelif b:\n",
    "try:\n    work()\nexcept ValueError:\n",
    "try:\n    work()\nexcept* ValueError:\n",
    "try:\n    work()\nfinally:\n",
    "for x in items:\n    pass\nelse:\nprint('done')\n",
    "while running:\n    step()\nelse:\n",
    "match cmd:\n    case 'go':\n",
    "def f():\n    if x:\n        pass\n    else:\n    return 1\n",
    "class A:\n    def f(self):\n\n    def g(self):\n        pass\n",
    "try:\n    pass\nexcept ValueError as e:\nprint(e)\n",
    # a tab counts as 8 columns and as 1: both readings must agree
    "def f():\n\tif x:\n        pass\n",
    "if True:\n        x = 1\n\tprint(x)\n",
    "if 1:\n  \tx = 1\n\ty = 2\n",
    "if True:\n    if True:\n\tprint(1)\n",
    "def f():\n\tif True:\n\t\tx = [1,\n            2]\n\t\treturn x\n",
    "class A:\n\tdef g(self):\n\t    return 2\n",
]


def diagnose(src):
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} (line {e.lineno})"
    return "ok"


for i, src in enumerate(SNIPPETS):
    print(i, diagnose(src))
