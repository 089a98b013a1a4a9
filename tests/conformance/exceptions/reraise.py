def risky(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n
def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("logging and re-raising")
        raise
try:
    wrapper(-5)
except ValueError as e:
    print("outer got", e)
def convert(vals):
    errors = []
    out = []
    for v in vals:
        try:
            out.append(int(v))
        except (ValueError, TypeError) as e:
            errors.append(type(e).__name__)
    return out, errors
print(convert(["1", "x", None, "4", 5.5, [1]]))
try:
    try:
        raise KeyError("first")
    except KeyError as e:
        err = e
    raise err
except KeyError as e2:
    print("raised stored", repr(e2))
try:
    raise ValueError
except ValueError as e:
    print("class raise:", repr(e), e.args)
try:
    raise TypeError("bad")
except Exception as e:
    print(type(e).__name__, e.args, e.with_traceback(None) is e)
