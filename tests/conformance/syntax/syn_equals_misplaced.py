def check(src):
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} | {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset} | {e.text!r}")
    else:
        print("compiles")


# '=' where '==' was meant: CPython reads one operand before the '=' and one after it.
print("-- conditions")
for src in [
    "if x = 1:\n    pass\n",
    "if ch = p[k]: k += 1\n",
    "if x.y = 0: x = 1\n",
    "if i % 2500 = 0:\n    pass\n",
    "while i % 2500 = 0:\n    pass\n",
    "while (i := s.find('A', pos)) = -1:\n    pass\n",
    "if -x = 1:\n    pass\n",
    "if a < b = c:\n    pass\n",
    "if x = y = 1:\n    pass\n",
    "if x = y += 1:\n    pass\n",
    "if x = y == 1:\n    pass\n",
    "if x = y := 1:\n    pass\n",
    "if [a] = b:\n    pass\n",
    "if (a, b) = c:\n    pass\n",
    "if None = c:\n    pass\n",
    "elif_ = 1\nif 0:\n    pass\nelif f(x) = 2:\n    pass\n",
]:
    check(src)

print("-- case guards")
for src in [
    "match p:\n    case Rect(w=w, h=h) if w = h:\n        pass\n",
    "match p:\n    case Key(k, mods=()) if len(k) = 1:\n        pass\n",
    "match p:\n    case [x] if x.y = 2:\n        pass\n",
]:
    check(src)

print("-- inside brackets")
for src in [
    "ok = back == v or (v = v)\n",
    "y = (x = 1)\n",
    "[x = 1]\n",
    "print(x, (a.b = 2))\n",
    "f(x=1)\n",
    "f(width=async 10)\n",
    "f(x, a[0]=1)\n",
    "M[r = 1]\n",
]:
    check(src)

print("-- the item before the first '=' of a target list")
for src in [
    "major, minor *_ = sys.version_info\n",
    "x, f() = 1\n",
    "x, a + b = 1, 2\n",
    "x, 1 = 2\n",
    "x, (a + b) = 1\n",
    "x, [a + b] = 1\n",
    "x, y = f() = 1\n",
    "print(1), x = 3\n",
    "x = a + b = 1\n",
    "for x, f() in y: pass\n",
]:
    check(src)
