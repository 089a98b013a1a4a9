# Bad string and bytes literals: escapes, non-ASCII bytes, f-string fields.
SNIPPETS = [
    r"path = 'C:\Users\guest'",
    r"x = 'ab\x1'",
    r"x = 'caf" + "\u00e9" + r"\x1'",
    r"x = '\u12z'",
    r"x = '\U1234'",
    r"x = '\N{NO SUCH NAME}'",
    r"x = '\N{}'",
    r"x = '\N'",
    r"x = '\N{LATIN SMALL LETTER A'",
    r"x = 'ok\n\N{BULLET}' '\x1'",
    r"x = b'\x1'",
    r"x = b'ab\xzz'",
    "x = b'caf\u00e9'",
    "x = rb'\u00e9'",
    "x = f'{}'",
    "x = f'{ }'",
    "x = f'{!r}'",
    "x = f'{:>10}'",
    "x = f'{)}'",
    "x = f'{a)}'",
    "x = f'{a!rr}'",
    "x = f'{a!x}'",
    "x = f'{a#}'",
    "x = f'abc",
    "x = f'}'",
    "x = f'{a'",
    r"x = f'{a}\x1'",
]

for src in SNIPPETS:
    try:
        compile(src + "\n", "<snippet>", "exec")
        verdict = "ok"
    except SyntaxError as e:
        verdict = f"{type(e).__name__}: {e.msg} (line {e.lineno})"
    print(f"{src!r:36} -> {verdict}")

# The escapes that are fine still work.
print(repr("\N{BULLET} \x41\u00e9\U0001F600"), b"\x41\x42")
