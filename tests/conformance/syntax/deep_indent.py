# Generated code with deep nesting: CPython's tokenizer allows 99 indentation levels.


def nested_ifs(levels, indent=" "):
    lines = []
    for depth in range(levels):
        lines.append(indent * depth + f"if n > {depth}:")
    lines.append(indent * levels + "total = n")
    return "\n".join(lines) + "\n"


for levels in [10, 98, 99, 100, 150]:
    src = "n = 1000\ntotal = 0\n" + nested_ifs(levels)
    env = {}
    try:
        exec(compile(src, "<generated>", "exec"), env)
    except SyntaxError as e:
        print(levels, type(e).__name__, e.msg, e.lineno, e.offset)
    else:
        print(levels, "ok", env["total"])

tabbed = "x = 0\n" + nested_ifs(120, "\t")
try:
    compile(tabbed, "<tabs>", "exec")
except IndentationError as e:
    print("tabs", type(e).__name__, e.msg, e.lineno)
