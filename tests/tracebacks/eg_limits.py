def level(n):
    if n == 0:
        raise ValueError("bottom")
    raise ExceptionGroup(f"level {n}", [caught(n - 1), KeyError(n)])


def caught(n):
    try:
        level(n)
    except BaseException as e:
        return e


wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
raise ExceptionGroup("limits", [caught(12), wide])
