# Where CPython 3.11 places (offset, end_offset) for parser errors whose range is not the
# token the parser stopped at.
cases = [
    # keyword argument ordering: the call's closing bracket
    "f(a=1, 2)",
    "f(a=1, 2, 3)",
    "f(a=1, g(x))",
    "f(a=1, 2, b=3)",
    "f(**k, a)",
    "f(a=1,\n  2)",
    "f(a=1, 2,)",
    # bare star: the `*` of a def, the token after it in a lambda
    "def f(*, **k): pass",
    "def f(a, *,): pass",
    "def f(*): pass",
    "lambda *: 0",
    "lambda *, : 0",
    "lambda a, *, **k: 0",
    # dictionary displays: the last character of the key, or the colon
    "x = {1: 2, 3}",
    "x = {1: 2, foo(1, 2)}",
    "x = {'a': 1,\n 'b'}",
    "{1:2, x.y, 4:5}",
    "x = {1: 2, 3: }",
    "x = {'k': }",
    # f-string fields: the token after the string
    "print(f'{x!z}')",
    "print(f'{}')",
    "print(f'}')",
    "print(f'{#}')",
    "print(f'{x!rr}')",
    "print(f'{)}')",
    "x = f'{x!}' if 1 else 2",
    "y = [f'{x=!z}']",
    "f'{x!}'",
    "f'{ }'",
    # literals
    "x = b'\u00e9'",
    "x = '\\N{nope}'",
    "x = u'a' b'b'",
    "print('\\N{nope}', 1)",
    # statements
    "(x): int = 1\n[y]: int = 2",
    "try:\n  pass\nexcept* ValueError:\n  pass\nexcept TypeError:\n  pass",
    "def f():\n    from os import *",
    "match x:\n  case A(x=1, x=2): pass",
    "def f():\n  global x\n  x: int = 1",
    "class A:\n  global y\n  y: int = 1",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))

# A module may annotate its own global.
ns = {}
exec("global z\nz: int = 5\nprint('module-level z =', z)", ns)
