import sys
def apply(op, a, b):
    if op == "+": return a + b
    if op == "-": return a - b
    if op == "*": return a * b
    if op == "/": return a / b if b else "error: division by zero"
    return f"error: unknown operator {op!r}"
memory = 0
for raw in sys.stdin:
    line = raw.strip()
    if not line:
        continue
    if line == "quit":
        print("bye")
        break
    parts = line.split()
    if len(parts) != 3:
        print(f"error: expected 'a op b', got {line!r}")
        continue
    a, op, b = parts
    try:
        a = memory if a == "m" else float(a)
        b = float(b)
    except ValueError:
        print(f"error: bad number in {line!r}")
        continue
    result = apply(op, a, b)
    if isinstance(result, float):
        memory = result
        print(f"{line} = {result:g}")
    else:
        print(result)
print("memory", memory)
