def check(src):
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} | {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset} | {e.text!r}")
    else:
        print("compiles")


# Annotations need an annotation; augmented assignment is a statement, not an expression.
print("-- annotations")
for src in [
    "maxp is None:\n",
    "a is None:\n",
    "a + b:\n",
    "a.b:\n",
    "f():\n",
    "f(): int\n",
    "a + b: int\n",
    "[a, b]: int\n",
    "(a, b): int = 1, 2\n",
    "x: int = 1\n",
    "f() :  # comment\n",
]:
    check(src)

print("-- augmented assignment")
for src in [
    "f(a += 1)\n",
    "[a += 1]\n",
    "x = (a += 1)\n",
    "print('V', repr(eg+= ), eg)\n",
    "a, b += 1\n",
    "(a, b) += 1\n",
    "a.b += 1 += 2\n",
    "x += \n",
    "[a] += 1\n",
    "f() += 1\n",
]:
    check(src)
