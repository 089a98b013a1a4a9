# CPython's hints for errors inside brackets that span lines: inside brackets a line end is
# only whitespace, so "Perhaps you forgot a comma?" marks an operand begun on an earlier line
# (implicitly joined strings, an operator's operands), and an unparenthesized comprehension
# target may end on one line with its `for` on the next.
srcs = [
    "print(\n'a'\n'b' 'c' d)\n",
    "x = {\n'a': 1\n'b': 2}\n",
    "x = [1,\n2 3]\n",
    "x = [1,  # note\n 2 3]\n",
    "f(a +\n  b c)\n",
    "f(a,\n  b\n  c)\n",
    "x = (\n  'one'\n  'two'\n  three\n)\n",
    "d = dict(\n  a=1\n  b=2)\n",
    "l = [\n  'x',\n  'y'\n  'z' w\n]\n",
    "t = (1 +\n 2\n 3)\n",
    "x = [a,\n b\n for a in c]\n",
    "[x,\n y for x, y in z]\n",
    "{k,\n v\n  for k, v in items}\n",
    "x = [a, b for a in c]\n",
    "x = [a,\n b,\n]\n",
]
for s in srcs:
    try:
        compile(s, "<multi>", "exec")
        print("compiles:", repr(s))
    except SyntaxError as e:
        print(f"{e.msg} @ {e.lineno}:{e.offset}  {s!r}")
