# Syntax errors a refactoring slip produces: an indented line after a decorator,
# `name = value` inside a bracket spread over lines, a backslash carrying an
# unterminated string onto the next line, and a stray backslash ending the
# tokenizer's scan while a bracket is still open.

CASES = {
    "indent after decorator": "@cache\n    def f(): pass\n",
    "indent after decorator in class": (
        "class A:\n"
        "    @classmethod\n"
        "        def make(cls): pass\n"
        "    x = (]\n"
    ),
    "blank line then indent": "@dec\n\n   x = 1\n",
    "statement after decorator": "@dec\nx = 1\n",
    "equals in one-line list": "rows = [1, w = 2]\n",
    "equals in multi-line list": "rows = [\n    1,\n    total = 3\n    other = 4\n]\n",
    "equals in multi-line call result": "rows = [\n    (1, 2),\n    w = open(path)\n]\nprint(rows)\n",
    "equals then unclosed at eof": "rows = [1,\n    y = a.b(1).c\n",
    "equals before await=": "if r =await= n:\n    pass\n",
    "equals before lambda": "if r = lambda: 1:\n    pass\n",
    "equals before not": "while x = not y:\n    pass\n",
    "equals in if": "if x = 1:\n    pass\n",
    "string over backslash": "msg = 'abc\\\nprint(msg)\n",
    "string over two backslashes": "msg = 'abc\\\ndef\\\nghi\nprint(msg)\n",
    "string ends at eof": "msg = 'abc\\\n",
    "plain unterminated": "msg = 'abc\nprint(msg)\n",
    "stray backslash after equals": "items = [\n    'a',\n    j.x = 1\\n',\n]\n",
    "stray backslash with open bracket": r"""SOURCES = [
    ("one", "x = 1\n"),
    ("two", "y = 2\n"),
    cape in field", "s = f'{x}'\n"),
    ("three", "z = 3\n"),
]
""",
}

for name, src in CASES.items():
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as exc:
        print(f"{name}: {type(exc).__name__}: {exc.msg} @ {exc.lineno}:{exc.offset}")
    else:
        print(f"{name}: compiles")
