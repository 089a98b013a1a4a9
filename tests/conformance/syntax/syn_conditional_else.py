def check(src):
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} | {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset} | {e.text!r}")
    else:
        print("compiles")


# A conditional expression without its 'else': CPython marks from the body to the test.
for src in [
    "x = a if b\n",
    "x = a if b c\n",
    "f(a if b c)\n",
    "x = a if b + \n",
    "x = [a if b]\n",
    "x = a if b:\n",
    "f(a if b: c)\n",
    "x = a if b else\n",
    "if a if b: pass\n",
    "return_ = 'F' if n % 15 == 0 else 'Fizz' if n % if == 0 else 'B'\n",
    "def g(n):\n    return 'F' if n % 15 == 0 else 'Fizz' if n % if == 0 else str(n)\n",
    "text = ''.join(chr(c) if 32 = c < 127 else '.' for c in b)\n",
    "parts = [name]    if cls: parts.append(cls)\n",
    "y = [v for v in w if v u]\n",
    "z = lambda: a if b c\n",
    "print(x if y is not None z)\n",
]:
    check(src)
