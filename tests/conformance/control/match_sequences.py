def interpret(cmd):
    match cmd.split():
        case []:
            return "nothing"
        case ["go", direction]:
            return f"going {direction}"
        case ["go", *_]:
            return "go where?"
        case ["take", item, "and", other]:
            return f"taking {item} and {other}"
        case ["take", *items] if items:
            return f"taking {len(items)} items: {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [single]:
            return f"unknown command {single!r}"
        case [first, *rest]:
            return f"{first} with {rest}"
for c in ["", "go north", "go", "go a b", "take lamp and key", "take a b c", "take", "quit", "exit", "dance", "jump high now"]:
    print(repr(c), "->", interpret(c))
def shape(p):
    match p:
        case (0, 0):
            return "origin"
        case (x, 0):
            return f"x-axis {x}"
        case (0, y):
            return f"y-axis {y}"
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y):
            return f"point {x},{y}"
        case (x, y, z):
            return f"3d {x},{y},{z}"
        case _:
            return "not a point"
for p in [(0, 0), (3, 0), (0, -2), (4, 4), (1, 2), [5, 6], (1, 2, 3), (1,), "ab"]:
    print(p, shape(p))
