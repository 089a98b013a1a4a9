print("load naming")
calls = 0
def pretty(kind, **fields):
    global calls
    calls += 1
    inner = ", ".join(f"{k}={v!r}" for k, v in fields.items())
    return f"{kind}({inner})"
