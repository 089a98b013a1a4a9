def check(src):
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} | {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset} | {e.text!r}")
    else:
        print("compiles")


# "Perhaps you forgot a comma?": an expression directly followed by another inside brackets.
print("-- plain cases")
for src in [
    "print(a b)\n",
    "f(x, y.z is b c)\n",
    "[1 2, 3]\n",
    "(a m, z)\n",
    "{a x, 1}\n",
    "f(job(4 fail=True))\n",
    "add_parser('status', help='show' aliases=['st'])\n",
    "best = (r c, cands)\n",
    "x = ['a', 'b' 'c' d, e]\n",
    "f(a.b() c.d(e)[0] + 1, 2)\n",
    "g(x if y else z w)\n",
    "h(lambda: 0 t)\n",
]:
    check(src)

print("-- what may follow: an ellipsis, soft keywords, await")
for src in [
    "t = ('%p'... )\n",
    "print(a + b, a ... - b)\n",
    "print(type(x) type(y))\n",
    "print(len(t)case 'a' in t)\n",
    "print(''case , 1)\n",
    "print('x'await , 1)\n",
    "print(x await y)\n",
    "print(x not)\n",
]:
    check(src)

print("-- 3.11 skips names that prefix a soft keyword (_, case, match)")
for name in ["c", "ca", "cas", "case", "m", "ma", "mat", "match", "_", "mo", "cx", "ab", "_x"]:
    check(f"[a, {name} d]\n")

print("-- a name then a string is a legacy-statement shape, no suggestion")
for src in [
    "[a 'x']\n",
    "[a.b 'x']\n",
    "[None 'x', 1]\n",
    "[f'x' 'y' z]\n",
    "[rb 'x']\n",
    "[types.FunctionType's' ]\n",
    "print('n', sum(1 for k in m if k) 'entries')\n",
]:
    check(src)

print("-- an empty subscript reads as a name and an empty list")
for src in [
    "M[]\n",
    "x = M[]\n",
    "f(M[])\n",
    "f(a, M.x[])\n",
    "[M[]]\n",
    "print(a[0][])\n",
    "M[r] = [a for a, c in zip(M[], M[c])]\n",
]:
    check(src)

print("-- comprehensions: only the element is an expression")
for src in [
    "[x y for x in z]\n",
    "[x for x in y z]\n",
    "[x for x in y if a b]\n",
    "[f(x y) for x in z]\n",
]:
    check(src)
