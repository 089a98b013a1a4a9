# Where CPython 3.11 says "Missing parentheses", "Perhaps you forgot a comma?", and the
# walrus / augmented-assignment / keyword-argument messages, with their locations.

def show(mode, src):
    try:
        compile(src, "<case>", mode)
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_offset)


print("-- legacy print/exec")
for src in ["print 'x'", "print x", "print 'a', 'b'", "x = print 'a'", "f(print 'x')",
            "print x for x in y", "print x = 1", "exec 'code'", "if 1:\n    print 'x'\n",
            "print 'x' if y else 'z'", "print -1", "print; 'x'"]:
    show("exec", src)
for src in ["print 'x'", "print x", "print 1, 2"]:
    show("eval", src)

print("-- forgot a comma")
for src in ["f(a b)", "[1 2 3]", "(1 if x else 2 3)", "(1 'a')", "[a, *b c]", "f(*a b)",
            "f(**a b)", "{**a b}", "(yield a b)", "(True False)", "(... 1)", "(a.b.c d.e)",
            "({} {})", "(a ~b)", "(a lambda: 1)", "(a not b)", "(x 'a')", "(a and b c)",
            "(-a b)", "(a + b c)", "x[a b]", "{1: 2 3: 4}", "[x for x in y z]"]:
    show("eval", src)
for src in ["def f(a b): pass", "class A(B C): pass", "x = 1 2", "import a b"]:
    show("exec", src)

print("-- numbers glued to names")
for src in ["x = 1é", "x = 2²", "x = 1_é", "x = 0x1é", "x = 1.5é", "x = 1abc", "x = 1€",
            "x = 1 ²", "x = 0b1else", "x = 0o8", "x = 1__0"]:
    show("exec", src)

print("-- indentation in eval input")
for src in ["1\n  2", "  1", " 1\n", "(1 +\n  2)", "1 +\n  2"]:
    show("eval", src)
for src in ["x=1\n  y=2", "  x = 1", "if x:\n pass\n  y"]:
    show("exec", src)

print("-- walrus, augmented, keyword argument")
for src in ["a.b := 1", "f(a[0] := 1)", "(1 := 2)", "(f() := 2)", "((a, b) := 1)",
            "x := 1", "a += 1, b += 2", "a, b += 1", "a = b += 1", "x[i] == 1, y += 2",
            "a <= b, c += 1", "f(x=1 for x in y)", "f(a, x = 1 for x in y)",
            "f(x==1 for x in y)", "dict(a=x for x in y)", "f(x=(1 for x in y))"]:
    show("exec", src)

print("-- / and *")
for src in ["lambda *, /: 1", "def f(*a, /): pass", "def f(a, *, b, /): pass",
            "def f(**k, /): pass", "def f(*, /): pass", "def f(a=(1,2), *, /): pass"]:
    show("exec", src)
