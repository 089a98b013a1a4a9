# Mixed tabs and spaces: CPython's tokenizer checks each logical line's indentation (tabs as
# 8 columns and as 1) before the parser sees it, so a dedent to no outer level is an
# IndentationError, inconsistent measures a TabError, and either wins over a later parse error.
cases = {
    "tab after spaces block": "if 1:\n    x = 1\n\ty = 2\n",
    "dedent to nowhere": "for i in range(2):\n      \tpass\nelse:\n \twhile 0:\n  while 0:\n",
    "deep then shallow": "def f():\n\t\t \tx = 1\n     \treturn 1\nwhile 0:\nx = 1\n",
    "else misplaced after bad dedent": "if 1:\n \tfor i in range(2):\n    else:\nelse:\n",
    "equal width tab vs spaces": "if 1:\n\tx = 1\n        y = 2\n",
    "tab then spaces deeper": "if 1:\n\tif 1:\n\t\tx=1\n        \ty=2\n",
    "consistent tabs": "if 1:\n\tif 1:\n\t\tx = 1\n\ty = 2\nprint('ok')\n",
    "continuation lines ignored": "x = [\n\t1,\n        2]\nif 1:\n    a = 1\n",
    "comment lines ignored": "if 1:\n    a = 1\n\t# a comment\n    b = 2\n",
    "error before a syntax error": "if 1:\n        a = 1\n\tb = 2\nc = = 3\n",
    "syntax error before tab problem": "if 1:\n    a = = 1\n\tb = 2\n",
    "unexpected indent with tabs": "x = 1\n\ty = 2\n",
    "method body": "class A:\n    def f(self):\n\treturn 1\n",
}
for label, src in cases.items():
    try:
        compile(src, "<src>", "exec")
        print(f"{label}: compiles")
    except SyntaxError as e:
        print(f"{label}: {type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset})")
        print("    text:", repr(e.text))
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
print([c.__name__ for c in TabError.__mro__])
