# Unsupported operand types for every binary, augmented and unary operator, between
# builtin values of many types: CPython's exact TypeError wording.
import math
def show(label, fn):
    try:
        r = fn()
        print(label, "ok", repr(r))
    except BaseException as e:
        print(label, type(e).__name__, "|", e, "|", repr(e))

vals = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, 1j, frozenset(), bytearray(b"x"), range(2), object()]
import operator
ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor", "matmul", "lt", "le", "gt", "ge"]
for op in ops:
    fn = getattr(operator, op)
    for a in [1, "s", None, [1], {1: 2}, 1j]:
        for b in [None, "s", 1.5, (1,)]:
            show(f"{op} {type(a).__name__} {type(b).__name__}", lambda: fn(a, b))
iops = ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor", "imatmul"]
for op in iops:
    fn = getattr(operator, op)
    show(op, lambda: fn([1] if op=="iadd" else 3, None))
    show(op, lambda: fn("x", 2))
for u in [operator.neg, operator.pos, operator.invert, abs]:
    for a in ["s", None, [1], 1.5, {}]:
        show(u.__name__ + " " + type(a).__name__, lambda: u(a))
