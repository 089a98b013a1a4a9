# Generated expressions nested deeper than CPython's compiler allows, and the SyntaxError
# details tools read.


def try_eval(label, src):
    try:
        value = eval(src)
    except (RecursionError, MemoryError, SyntaxError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {value!r:.40}")


for n in [100, 2000, 5000, 50000]:
    try_eval(f"not x{n}", "not " * n + "1")
    try_eval(f"neg x{n}", "-" * n + "1")
    try_eval(f"sum x{n}", "1" + " + 1" * n)
    try_eval(f"attr x{n}", "'abc'" + ".upper()" * n)
    try_eval(f"ternary x{n}", "1 if 0 else " * n + "2")
    try_eval(f"lambda x{n}", "(" + "lambda: " * n + "7)" + "()" * min(n, 3))
try_eval("parens 200", "(" * 200 + "1" + ")" * 200)
try_eval("parens 201", "(" * 201 + "1" + ")" * 201)

for src in ["a b c\n", "x = 5 = y\n", "try:\n    pass\nexcept A, B:\n    pass\n"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
