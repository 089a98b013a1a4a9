# Errors of the symbol table and the compiler, found after parsing: comprehension variables
# rebound by := (in either order), duplicate parameters, global/nonlocal misuse, a late
# __future__ import, and break/continue outside their loops.

SNIPPETS = [
    "[x for x in range(3) if (y := x) for y in range(2)]\n",
    "[x for x in range(3) if (y := x) for (z, y) in pairs]\n",
    "[(y := 1) for x in range(3) for y in range(2)]\n",
    "[[(y := 1) for x in range(3)] for y in range(2)]\n",
    "[x for x in [(y := 2)]]\n",
    "class C:\n    [(j := 1) for i in range(3)]\n",
    "[(i := 0) for i in range(3)]\n",
    "def f():\n    return [(z := n) for n in range(3)], z\n",
    "def f(a, a): pass\n",
    "def f(*args, **args): pass\n",
    "lambda x, x: 1\n",
    "def f(x):\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    def g():\n        nonlocal y\n    return g\n",
    "class A:\n    nonlocal x\n",
    "x = 1\nfrom __future__ import annotations\n",
    "for x in range(3):\n    pass\nelse:\n    break\n",
    "while True:\n    def f():\n        continue\n",
]

for src in SNIPPETS:
    try:
        compile(src, "<snippet>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, repr(e.msg), "at", e.lineno, e.offset, e.end_lineno,
              e.end_offset)
