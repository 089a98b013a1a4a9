class AppError(Exception):
    pass
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError(f"cannot load {key}") from e
try:
    load("b")
except AppError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("suppressed") from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
def chain_len(e):
    n = 0
    while e is not None:
        n += 1
        e = e.__cause__ or e.__context__
    return n
try:
    try:
        try:
            int("x")
        except ValueError as a:
            raise KeyError("k") from a
    except KeyError:
        raise RuntimeError("top")
except RuntimeError as e:
    print(chain_len(e), type(e.__context__).__name__, type(e.__context__.__cause__).__name__)
e = RuntimeError("manual")
e.__cause__ = TypeError("cause")
print(repr(e.__cause__), e.__suppress_context__)
