def evaluate(expr):
    match expr:
        case int() | float() as n:
            return n
        case ("neg", x):
            return -evaluate(x)
        case ("+", x, y):
            return evaluate(x) + evaluate(y)
        case ("*", x, y):
            return evaluate(x) * evaluate(y)
        case ("sum", *xs):
            return sum(evaluate(x) for x in xs)
        case {"op": "max", "args": [*args]}:
            return max(evaluate(a) for a in args)
        case str(name) if name.isidentifier():
            return {"x": 10, "y": 3}.get(name, 0)
        case _:
            raise ValueError(f"bad expression {expr!r}")
tests = [5, 2.5, ("neg", 4), ("+", 1, ("*", 2, 3)), ("sum", 1, 2, 3, 4), ("sum",), {"op": "max", "args": [1, ("neg", -9), 4]},
         "x", ("*", "x", "y"), "undefined", ("?", 1)]
for t in tests:
    try:
        print(t, "=>", evaluate(t))
    except ValueError as e:
        print("ValueError:", e)
class Color:
    RED = "red"
    GREEN = "green"
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return f"unknown {other}"
print(paint("red"), paint("green"), paint("blue"))
match (1, 2, 3, 4, 5):
    case (first, *middle, last):
        print(first, middle, last)
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print("rest", rest)
match [1, (2, [3, 4])]:
    case [_, (_, [_, x])]:
        print("deep", x)
match 42:
    case 0 | 1 | 2:
        print("small")
    case x if x > 40:
        print("guarded", x)
