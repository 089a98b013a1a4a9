stack = []
def execute(cmd):
    match cmd:
        case ("push", int(v)):
            stack.append(v); return f"pushed {v}"
        case ("push", v):
            return f"refused non-int {v!r}"
        case ("pop",) if stack:
            return f"popped {stack.pop()}"
        case ("pop",):
            return "stack empty"
        case ("add" | "mul") as op, if len(stack) >= 2:
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if op == "add" else a * b)
            return f"{op} -> {stack[-1]}"
        case ("dup",) if stack:
            stack.append(stack[-1]); return "dup"
        case (name, *args):
            return f"unknown {name} with {len(args)} args"
        case _:
            return "malformed"
program = [("push", 3), ("push", 4), ("add",), ("dup",), ("mul",), ("push", "x"), ("pop",), ("pop",),
           ("add",), ("jump", 1, 2), "oops", ("push", 10), ("push", 20), ("mul",)]
for c in program:
    print(f"{str(c):<16} {execute(c):<22} {stack}")
