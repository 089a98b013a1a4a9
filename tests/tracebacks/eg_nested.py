def leaf(n):
    raise ValueError(f"leaf {n}")
def collect():
    errs = []
    for i in range(3):
        try:
            leaf(i)
        except ValueError as e:
            errs.append(e)
    e = TypeError("typed")
    e.add_note("a note\nover two lines")
    errs.append(e)
    return errs
def nested():
    try:
        raise KeyError("inner")
    except KeyError as k:
        raise ExceptionGroup("nested", [OSError("os"), RuntimeError("rt")]) from k
try:
    nested()
except ExceptionGroup as g:
    inner = g
eg = ExceptionGroup("top", collect() + [inner])
eg.add_note("group note")
raise eg
