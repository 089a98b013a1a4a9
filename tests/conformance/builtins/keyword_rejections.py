# Built-ins that take no keyword arguments (or only some) say so in CPython's words.
for name, f in [("filter", lambda: filter(None, [1], x=1)), ("zip", lambda: zip([1], x=1)),
                ("enumerate", lambda: enumerate([1], x=1)), ("reversed", lambda: reversed([1], x=1)),
                ("iter", lambda: iter([1], x=1)), ("next", lambda: next(iter([1]), x=1)),
                ("map", lambda: map(str, [1], x=1)), ("map0", lambda: map(str, x=1)),
                ("sorted", lambda: sorted([1], x=1)), ("min", lambda: min([1], x=1)),
                ("sum", lambda: sum([1], x=1)), ("all", lambda: all([1], x=1)), ("len", lambda: len([1], x=1)),
                ("list", lambda: list([1], x=1)), ("tuple", lambda: tuple([1], x=1)), ("set", lambda: set([1], x=1)),
                ("frozenset", lambda: frozenset([1], x=1)), ("range", lambda: range(1, x=1)), ("dict.fromkeys", lambda: dict.fromkeys([1], x=1)),
                ("list.append", lambda: [].append(1, x=1)), ("list.index", lambda: [1].index(1, x=1)), ("dict.get", lambda: {}.get(1, x=1)),
                ("dict.pop", lambda: {1: 2}.pop(1, x=1)), ("set.add", lambda: set().add(1, x=1)), ("list.sort", lambda: [].sort(1)),
                ("str.join", lambda: "".join([], x=1)), ("divmod", lambda: divmod(1, 2, x=1)), ("isinstance", lambda: isinstance(1, int, x=1))]:
    try: print(name, f())
    except Exception as e: print(name, type(e).__name__, e)
