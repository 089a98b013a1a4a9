# The full position of syntax errors (offset, end_offset, text) as repr() shows it, for code
# given to compile(), exec() and eval(), including lines with non-ASCII characters.
snippets = [
    "f() = 1",
    "a + 1 = 2",
    "(x := 1) = 2",
    "(a if b else c) = 1",
    "(lambda: 1) = 2",
    "x = (1, 2",
    "if x\n  pass",
    "while True print(1)",
    "abc def",
    "import",
    "from x import",
    "a = 1 +",
    "del f()",
    "[x for x in y] = 1",
    "f(x for x in y, 1)",
    "None = 1",
    "(a, b) += 1",
    "f() += 1",
    "if x = 1: pass",
    "f(True=1)",
    "f(a.b=1)",
    "x = 1 if 2",
    "print 'hello'",
    "print x, y",
    "  x = 1",
    "if x:\n    a\n  b",
    "try:\n  pass\n",
    "s = 'abc",
    "x = 5abc",
    "x = [1, 2\ny = 3",
    'x = "é" $',
    's = "héllo" + (',
    'f("日本") = 3',
    'if "é" == x\n  pass',
    "for f() in x: pass",
    "x = yield = 3",
]
for s in snippets:
    try:
        compile(s, "<snippet>", "exec")
        print("compiled", repr(s))
    except SyntaxError as e:
        print(repr(s))
        print("   ", repr(e))
        print("   ", e.lineno, e.offset, e.end_lineno, e.end_offset)

calc = ["2 +", "2 * (3", "abc def", "1 +* 2", "", "   ", "3 4", "x = 5", "1 if 2", "(1, 2", "2 ** ", "a.", "\n1 +", "1 +\n"]
for s in calc:
    for run in (eval, exec):
        try:
            run(s)
            print(run.__name__, repr(s), "ran")
        except SyntaxError as e:
            print(run.__name__, repr(s), repr(e), "|", e)
        except Exception as e:
            print(run.__name__, repr(s), type(e).__name__, e)
