# Where CPython places "expected 'else' after 'if' expression": from the start of the
# conditional's body (after a statement keyword or an earlier `else`) to the end of its test.

snippets = [
    "x = 1 if 2 else 3 if 4",
    "value = a if b",
    "return x if y",
    "y = f(a, b if c)",
    "z = [p if q]",
    "w = alpha if beta else gamma if delta",
    "assert x if y",
    "total = (1 if flag else 2) + 3 if cond",
]
for src in snippets:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as exc:
        print(f"{src!r:42} {exc.msg} | line {exc.lineno} cols {exc.offset}-{exc.end_offset}")
    else:
        print(f"{src!r:42} compiled")
