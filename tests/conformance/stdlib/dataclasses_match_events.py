"""An event processor dispatching with match on dataclasses, enums and namedtuples:
__match_args__, keyword patterns, guards, nested patterns, plus dataclass features the
processor leans on (match_args=False, kw_only fields, slots with weakref_slot, __post_init__
validation, field(init=False), unsafe_hash)."""
from dataclasses import dataclass, field, fields, astuple
from enum import Enum, auto
from collections import namedtuple
import weakref


class Kind(Enum):
    CLICK = auto()
    KEY = auto()
    SCROLL = auto()


Point = namedtuple('Point', 'x y')


@dataclass(frozen=True)
class Click:
    pos: Point
    button: str = 'left'
    kind: Kind = field(default=Kind.CLICK, init=False)


@dataclass
class Key:
    key: str
    mods: tuple = ()
    kind: Kind = field(default=Kind.KEY, init=False, repr=False)

    def __post_init__(self):
        if not self.key:
            raise ValueError("empty key")
        self.mods = tuple(sorted(self.mods))


@dataclass(match_args=False)
class Scroll:
    dy: int
    kind: Kind = Kind.SCROLL


@dataclass(slots=True, weakref_slot=True)
class Window:
    title: str
    events: list = field(default_factory=list)


@dataclass(unsafe_hash=True)
class Tag:
    name: str
    weight: int = field(default=1, hash=False)


@dataclass(kw_only=True)
class Config:
    debounce: int = 0
    verbose: bool = False


def handle(event, cfg):
    match event:
        case Click(Point(0, 0)):
            return "click at origin"
        case Click(Point(x, y), button='right') if x > 100:
            return f"right click far right at {x},{y}"
        case Click(pos=Point(x=x), button=b):
            return f"{b} click at x={x}"
        case Key('q', mods=('ctrl',)):
            return "quit"
        case Key(k, mods=()) if len(k) == 1:
            return f"typed {k!r}"
        case Key(k, mods):
            return f"chord {'+'.join(mods + (k,))}"
        case Scroll(dy=dy) if cfg.verbose:
            return f"scroll {dy:+d} (verbose)"
        case Scroll(dy=0):
            return "scroll nothing"
        case Scroll():
            return "scroll"
        case {'type': 'raw', 'data': [first, *rest]}:
            return f"raw {first} and {len(rest)} more"
        case [Kind() as kind, *_]:
            return f"list starting with {kind.name}"
        case _:
            return f"unknown {type(event).__name__}"


cfg = Config(verbose=False)
events = [
    Click(Point(0, 0)), Click(Point(150, 20), 'right'), Click(Point(5, 5), 'middle'),
    Key('q', ('ctrl',)), Key('a'), Key('s', ('shift', 'ctrl')), Scroll(3), Scroll(0),
    {'type': 'raw', 'data': [1, 2, 3]}, [Kind.KEY, 1], 42,
]
for ev in events:
    print(handle(ev, cfg))
print(handle(Scroll(-2), Config(verbose=True)))

print("== match args and fields")
print(Click.__match_args__, Key.__match_args__, hasattr(Scroll, '__match_args__'))
try:
    match Scroll(1):
        case Scroll(1):
            pass
except TypeError as e:
    print("TypeError:", e)
print(Click(Point(1, 2)), Key('x', ('b', 'a')), [f.name for f in fields(Click) if f.init])
try:
    Key('')
except ValueError as e:
    print("ValueError:", e)
try:
    Click(Point(1, 1), 'left', Kind.KEY)
except TypeError as e:
    print("TypeError:", e)
try:
    Config(1)
except TypeError as e:
    print("TypeError:", e)
print(astuple(Click(Point(3, 4))))

print("== slots with weakref and unsafe_hash")
w = Window('main')
w.events.append('open')
ref = weakref.ref(w)
print(ref() is w, Window.__slots__, w)
tags = {Tag('a', 1), Tag('a', 5), Tag('b')}
print(len(tags), sorted(t.name for t in tags), Tag('a', 1) == Tag('a', 5), hash(Tag('z')) == hash(Tag('z', 9)))
