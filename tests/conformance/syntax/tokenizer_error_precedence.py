# Which error CPython 3.11 reports when a source holds several: after a parser error it
# tokenizes on, and a tokenizer error anywhere in the file wins.
SOURCES = [
    "if x = 1:\n    pass\ny = 'abc\n",
    "f(**x, y)\nz = 'abc\n",
    "x = = 1\ny = 'abc\n",
    "def f(a, a): pass\ny = 'abc\n",
    "x = 1 +\ny = 'abc\n",
    "x = (1 2)\ny = 0x\n",
    "x = (1 2)\ny = a ≠ b\n",
    "x = (1 2)\ny = )\n",
    "x = (1 2)\ny = (\n",
    "print 'x'\ny = 'abc\n",
    "for x in y\n    pass\ny = 'abc\n",
    "if x:\npass\ny = 'abc\n",
    "x = 1\n  y = 2\nz = 'abc\n",
    "del f()\nz = 'abc\n",
    "x = f'{a b}'\ny = 'oops\n",
    "x = f'{'\ny = 'oops\n",
    "x = f'{a b}'\ny = 0b2\n",
    # a stray backslash stops the search
    "x = (1 2)\ny = 1 \\ 2\nz = 'abc\n",
    "print('a' b \\ c)\n",
    "x = ['a' b\\n]\n",
    # brackets
    "print([[f(x) for x in (1, 2)])\nprf'oops\n",
    "print(1){\nx = 1\n",
    "print(1) {\n",
    "x = 1 {'a':\n 2\n",
    "class O{ter:\n    pass\n",
    "if x {\n    y\n}\n",
    # literals
    "x = b'abc' 'utf-8'\n",
    "x = ('abc' b'x' 'y')\n",
    "x = f'a' b'b'\n",
    "x = 0o17_8\n",
    "x = 1_e5\n",
    "x = .5x\n",
    "x = 1if y else 2\n",
    "if x == 3rd:\n    pass\n",
    "x = 1e+\n",
    "x = café + naïve\n",
    "x = a 🙂 b\n",
]

for src in SOURCES:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(f"{src!r:40} {type(e).__name__}: {e.msg} ({e.lineno}:{e.offset})")
    else:
        print(f"{src!r:40} compiles")
