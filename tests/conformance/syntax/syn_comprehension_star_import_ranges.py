# Where CPython places a SyntaxError for a comprehension whose target lacks parentheses, dict
# unpacking in a dict comprehension, and a star import mixed with other names: line, offset,
# end offset and quoted text of each.

SNIPPETS = [
    "x = [i, j for i, j in pairs]\n",
    "x = [i, j, k for i in y]\n",
    "x = [ i,j  for i in y]\n",
    "x = {a, b for a in y}\n",
    "x = [*a, for a in b]\n",
    "total = sum([n, n * 2 for n in range(3)])\n",
    "x = {**a for a in b}\n",
    "x = {**a, for a in b}\n",
    "x = {k: v for k, v in d}\n",
    "x = [*a for a in b]\n",
    "x = (*a for a in b)\n",
    "from x import *, y\n",
    "from x import (*)\n",
    "from x import a, *\n",
    "from os import path, *, sep\n",
    "import sys\nfrom y import (a, *)\n",
    "from x import *\n",
    "def f():\n    from x import *\n",
]

for src in SNIPPETS:
    try:
        compile(src, "<snippet>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, repr(e.msg))
        print("    at", e.lineno, e.offset, "to", e.end_lineno, e.end_offset, repr(e.text))
