from dataclasses import dataclass
import sys

class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return f"Point({self.x}, {self.y})"

@dataclass
class Circle:
    center: Point
    r: float

@dataclass
class Rect:
    tl: Point
    br: Point

def describe(shape):
    match shape:
        case Circle(Point(0, 0), r) if r > 10:
            return f"big circle at origin r={r}"
        case Circle(Point(x=0, y=0), r=r):
            return f"circle at origin r={r}"
        case Circle(c, r):
            return f"circle at {c} r={r}"
        case Rect(Point(x1, y1), Point(x2, y2)) if x2 - x1 == y2 - y1:
            return f"square side {x2 - x1}"
        case Rect(tl=Point() as p):
            return f"rect from {p}"
        case [Point() as a, Point() as b]:
            return f"segment {a}-{b}"
        case [Point(), *rest] if len(rest) > 1:
            return f"polyline of {len(rest) + 1}"
        case {'type': 'circle', 'r': int() | float() as r, **extra}:
            return f"dict circle {r} extra={sorted(extra)}"
        case {'type': str(t)}:
            return f"dict of type {t}"
        case str() | bytes():
            return f"text {shape!r}"
        case int(n) | float(n) if n < 0:
            return "negative"
        case 0 | 1 | 2:
            return "small"
        case True:
            return "true?"
        case None:
            return "none"
        case (a, b, *_, z):
            return f"seq a={a} b={b} z={z}"
        case _:
            return f"unknown {type(shape).__name__}"

tests = [
    Circle(Point(0, 0), 20), Circle(Point(0, 0), 5), Circle(Point(1, 2), 3),
    Rect(Point(0, 0), Point(4, 4)), Rect(Point(0, 0), Point(4, 5)),
    [Point(1, 1), Point(2, 2)], [Point(0, 0), Point(1, 1), Point(2, 2)],
    {'type': 'circle', 'r': 2.5, 'color': 'red', 'alpha': 1},
    {'type': 'circle', 'r': 'x'}, {'type': 'square'}, 'hello', b'bytes',
    -5, -2.5, 1, True, None, (1, 2, 3, 4), [9, 8, 7], 7, 3.0, {1, 2},
]
for t in tests:
    print(describe(t))

def http(status):
    match status:
        case 200 | 201 | 204:
            return "ok"
        case 301 | 302 as code:
            return f"redirect {code}"
        case int(x) if 400 <= x < 500:
            return "client error"
        case _:
            return "other"
print([http(s) for s in (200, 204, 302, 404, 500)])

import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def col(c):
    match c:
        case Color.RED: return "red!"
        case Color.GREEN: return "green!"
print(col(Color.RED), col(Color.GREEN), col(3))

def cmd(line):
    match line.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [verb, *_]:
            return f"unknown verb {verb}"
print([cmd(l) for l in ["go north", "go west", "take a b c", "take", "exit", "", "dance now"]])

class Bad:
    __match_args__ = ('a', 'a')
    a = 1
try:
    match Bad():
        case Bad(x, y): pass
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e:
    print("TypeError:", e)
match {'a': 1, 'b': 2}:
    case {'a': 1, **rest}:
        print("rest", rest)
from collections import OrderedDict, defaultdict
match defaultdict(int, {'k': 1}):
    case {'missing': _}:
        print("wrong")
    case {'k': v}:
        print("k", v)
match "abc":
    case [*chars]:
        print("str as seq?")
    case _:
        print("str not sequence")
match range(3):
    case [0, 1, 2]:
        print("range matched")
x = 5
match 5:
    case y:
        print("capture", y)
