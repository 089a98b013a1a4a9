from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Line:
    start: Point
    end: Point

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

def describe(obj):
    match obj:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0) if x > 0:
            return f"positive x axis {x}"
        case Point():
            return f"point {obj}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line x={x1}"
        case Line(start=s, end=e):
            return f"line {s} -> {e}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(c, radius=r):
            return f"circle r={r}"
        case {"type": "cmd", "args": [first, *rest], **others}:
            return f"cmd {first} {rest} {others}"
        case {"type": t}:
            return f"typed {t}"
        case [int() | float() as n, *_] if n < 0:
            return f"negative-leading seq {n}"
        case [a, b, *mid, z]:
            return f"seq a={a} b={b} mid={mid} z={z}"
        case (x,):
            return f"single {x}"
        case str() as s if len(s) > 3:
            return "long str"
        case "a" | "b" | "c":
            return "letter"
        case 1 | 2 | 3:
            return "small"
        case None:
            return "none"
        case True:
            return "true"
        case _:
            return f"other {obj!r}"

tests = [Point(0, 0), Point(0, 5), Point(3, 0), Point(-1, 0), Line(Point(1, 2), Point(1, 9)),
         Line(Point(1, 2), Point(3, 4)), Circle(Point(1, 1), 20), Circle(Point(1, 1), 2),
         {"type": "cmd", "args": ["go", 1, 2], "v": True}, {"type": "x", "extra": 1},
         [-2.5, 1], [1, 2, 3, 4, 5], [1, 2], (9,), "hello", "b", 2, None, True, 1.0, False, {"a": 1}]
for t in tests:
    print(describe(t))

class Bad:
    __match_args__ = ("a",)
try:
    match Bad():
        case Bad(x):
            pass
except AttributeError as e:
    print("AttributeError", e)

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError", e)

class NoArgs: pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError", e)

def cmd(s):
    match s.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case other:
            return f"unknown {other}"
for s in ["go north", "go west", "take a b", "take", "exit", "", "x y z"]:
    print(cmd(s))

match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match 5:
    case int(x):
        print("int", x)
match "str":
    case str(s):
        print("str", s)
import math
match 3.14:
    case math.pi:
        print("pi")
    case float(f):
        print("float", f)
