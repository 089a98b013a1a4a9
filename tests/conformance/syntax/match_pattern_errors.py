# Pattern mistakes CPython's compiler rejects before anything runs.
SNIPPETS = [
    "match cmd:\n    case name:\n        pass\n    case 'quit':\n        pass\n",
    "match cmd:\n    case _:\n        pass\n    case 'quit':\n        pass\n",
    "match cmd:\n    case x if x:\n        pass\n    case y:\n        pass\n",
    "match cmd:\n    case (first):\n        pass\n    case 2:\n        pass\n",
    "match cmd:\n    case a | b:\n        pass\n",
    "match cmd:\n    case _ | 1:\n        pass\n",
    "match cmd:\n    case 1 | a:\n        pass\n",
    "match cmd:\n    case a | b as c:\n        pass\n",
    "match cmd:\n    case [a, a]:\n        pass\n",
    "match cmd:\n    case {'k': a, **a}:\n        pass\n",
    "match cmd:\n    case Point(x=a, y=a):\n        pass\n",
    "match cmd:\n    case a as a:\n        pass\n",
    "match cmd:\n    case [a, b] | [b, c]:\n        pass\n",
    "match cmd:\n    case [a, b] | [b, a]:\n        pass\n",
    "match cmd:\n    case (1, x) | (2, y):\n        pass\n",
    "match cmd:\n    case [first, *rest, *more]:\n        pass\n",
    "match cmd:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match cmd:\n    case {1: a, True: b}:\n        pass\n",
    "match cmd:\n    case {-1: a, -1: b}:\n        pass\n",
    "match cmd:\n    case {None: a, None: b}:\n        pass\n",
    "match cmd:\n    case {b'k': a, b'k': b}:\n        pass\n",
    "match cmd:\n    case {Color.RED: a, Color.RED: b}:\n        pass\n",
    "match cmd:\n    case Point(x=1, x=2):\n        pass\n",
    "match cmd:\n    case [Point(x=a), {'k': [a]}]:\n        pass\n",
]


def diagnose(src):
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} (line {e.lineno})"
    return "ok"


for i, src in enumerate(SNIPPETS):
    print(i, diagnose(src))


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(value):
    match value:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on an axis at {y}"
        case [Point(x=a), {"k": [b]}]:
            return f"point and mapping {a} {b}"
        case (1, x) | (2, x):
            return f"tagged {x}"
        case {"a": 1, **rest}:
            return f"a-map {sorted(rest)}"
        case [first, *rest] if rest:
            return f"list {first} then {len(rest)}"
        case other if other:
            return f"truthy {other!r}"
        case _:
            return "falsy"


for v in [Point(0, 0), Point(0, 4), Point(5, 0), [Point(2, 2), {"k": [9]}], (2, "b"),
          {"a": 1, "z": 2, "y": 3}, [7, 8, 9], [7], 0, "word"]:
    print(describe(v))
