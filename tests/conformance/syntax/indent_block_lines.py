# Where CPython reports a missing indented block, and when a dedent fails first.
SOURCES = [
    "for a in (1,\n          2):\nprint(a)\n",
    "def f(a,\n      b):\nreturn 1\n",
    "if (a and\n    b):\n    pass\nelif (c or\n      d):\nx = 1\n",
    "def outer():\n    if x:\n        while y:\n    z = 1\n",
    "def closable():\n    try:\n        while True:\n  yield 'tick'\n",
    "class A:\n    def f(self):\n        if x:\n   pass\n",
    "if x:\n    # just a comment\n\nprint(1)\n",
    "with open(p) as f:\n\n\n    \nf.read()\n",
    "try:\n    pass\nexcept ValueError:\nraise\n",
    "while True:\n    pass\nelse:\nx = 1\n",
    "match cmd:\n    case 'go':\n    go()\n",
]

for src in SOURCES:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} ({e.lineno}:{e.offset})")
        print("   text:", repr(e.text))
    else:
        print("compiles")
