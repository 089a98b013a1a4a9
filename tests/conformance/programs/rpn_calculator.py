import math
class RPNError(Exception):
    pass
OPS = {
    "+": (2, lambda a, b: a + b), "-": (2, lambda a, b: a - b), "*": (2, lambda a, b: a * b),
    "/": (2, lambda a, b: a / b), "^": (2, lambda a, b: a ** b), "neg": (1, lambda a: -a),
    "sqrt": (1, math.sqrt), "max": (2, max), "dup": (1, lambda a: (a, a)),
}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            arity, fn = OPS[tok]
            if len(stack) < arity:
                raise RPNError(f"{tok!r} needs {arity} operands, stack has {len(stack)}")
            args = stack[-arity:]
            del stack[-arity:]
            try:
                res = fn(*args)
            except ZeroDivisionError:
                raise RPNError("division by zero") from None
            stack.extend(res if isinstance(res, tuple) else (res,))
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                try:
                    stack.append(float(tok))
                except ValueError:
                    raise RPNError(f"unknown token {tok!r}") from None
    if len(stack) != 1:
        raise RPNError(f"expected one result, stack is {stack}")
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 ^", "2 0.5 ^", "16 sqrt neg", "3 dup *", "1 0 /",
          "1 +", "1 2", "2 x *", "7 2 /", "10 3 max 4 max", "1.5 2.25 + 2 *"]:
    try:
        print(f"{e:<22} = {rpn(e)}")
    except RPNError as err:
        print(f"{e:<22} ! {err}")
