# break, continue and return in an except* block, with or without a loop around it: CPython
# refuses them before it looks for the loop, and locates a constant return value itself.

SNIPPETS = [
    "try:\n    pass\nexcept* ValueError:\n    break\n",
    "try:\n    pass\nexcept* ValueError:\n    continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return x + y\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return None\n",
    "def f():\n    for i in x:\n        try:\n            pass\n        except* ValueError:\n            continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "try:\n    pass\nexcept* ValueError:\n    for i in range(3):\n        break\n",
]

for src in SNIPPETS:
    try:
        compile(src, "<snippet>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, repr(e.msg), "at", e.lineno, e.offset, e.end_lineno,
              e.end_offset)
