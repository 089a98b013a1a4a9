x = 1.0
for op in ("x &= 2.0", "x |= 1.5", "x @= 2.0", "x //= 0.0", "x %= 0.0", "x /= 0.0", "x **= -1"):
    try:
        exec(op)
        print(op, x)
    except Exception as e:
        print(op, type(e).__name__, e)
n = 3
for op in ("n @= 2", "n //= 0", "n <<= -1", "n /= 0"):
    try:
        exec(op)
        print(op, n)
    except Exception as e:
        print(op, type(e).__name__, e)
