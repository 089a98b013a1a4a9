class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
def area(s):
    match s:
        case Circle(Point(x=0, y=0), r):
            return f"circle at origin, r={r}"
        case Circle(center=Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(_, r):
            return f"circle r={r}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case Point(x, y):
            return f"point {x} {y}"
        case _:
            return "unknown"
for s in [Circle(Point(0, 0), 2), Circle(Point(1, 2), 20), Circle(Point(5, 5), 1), Rect(3, 3), Rect(2, 5), Point(7, 8), 42]:
    print(area(s))
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest)}"
        case {"type": "scroll", "delta": int() | float() as d}:
            return f"scroll {d}"
        case {"type": t}:
            return f"unhandled {t}"
        case _:
            return "invalid"
for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "mod": "ctrl", "t": 1},
          {"type": "scroll", "delta": 2.5}, {"type": "scroll", "delta": "x"}, {"type": "resize"}, {}, "str"]:
    print(handle(e))
match [1, [2, 3], {"k": (4, 5)}]:
    case [a, [b, *c], {"k": (d, e)}]:
        print("nested", a, b, c, d, e)
match 7:
    case int(n) as whole if n > 5:
        print("captured", n, whole)
