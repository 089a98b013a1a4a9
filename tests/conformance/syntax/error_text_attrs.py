# What a caught SyntaxError carries: message, line, column and the quoted text.
CASES = [
    ("exec", "x = = 1\n"),
    ("exec", "def f(a, a): pass\n"),
    ("exec", "f(a=1, a=2)\n"),
    ("exec", "return 1\n"),
    ("exec", "x = (1, 2\n"),
    ("exec", "x = [1, 2\ny = 3\n"),
    ("exec", "x = 1)\n"),
    ("exec", "x = 'abc\n"),
    ("exec", "x = 0o8\n"),
    ("exec", "x = a ≠ b\n"),
    ("exec", "for x in y:\npass\n"),
    ("exec", "x = 1\n  y = 2\n"),
    ("exec", "print('a' 'b' c)\n"),
    ("exec", "x = (1, 2\n     3)\n"),
    ("exec", "items = [\n    'a'\n    b c\n]\n"),
    ("exec", "print(x if x > 3)\n"),
    ("exec", "f(x=1, y)\n"),
    ("exec", "from os import path,\n"),
    ("exec", "try:\n    pass\nelse:\n    pass\n"),
    ("exec", "x = f'{a b}'\n"),
    ("exec", "x = f'{'\n"),
    ("exec", "*a = 1\n"),
    ("exec", "nonlocal x\n"),
    ("eval", "1 +\n"),
]

for mode, src in CASES:
    try:
        compile(src, "<text>", mode)
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg!r} line={e.lineno} offset={e.offset} text={e.text!r}")
        print("   str:", e)
    else:
        print("compiled:", repr(src))
