def g():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e
def h():
    try:
        g()
    except ValueError:
        1/0
h()
