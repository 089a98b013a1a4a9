def check(src):
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} | {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset} | {e.text!r}")
    else:
        print("compiles")


# An unclosed bracket wins over a suggestion when the parser read a token on a later line
# (or reached the end of the file) before giving up.
for src in [
    "M[r = [1]]\nx = 1\n",
    "M[r = [1]\nx = 1\n",
    "M[r = 1\nx = 1\n",
    "f(r = [1]\nx = 1\n",
    "(r = [1]\nx = 1\n",
    "[r = [1]\nx = 1\n",
    "[a b\nx = 1\n",
    "[a b,\nx = 1\n",
    "[a, b\nx = 1\n",
    "[a b",
    "[a b x",
    "[a b + 1\n",
    "[a b, c\n",
    "f(a b\n",
    "f(a, b c\n",
    "x = [a b\n\n\ny = 2\n",
    "x = [a if b\n",
    "x = (a if b c,\n",
    "if x = (1\n",
]:
    check(src)
