# Errors from user classes: a Matrix type's own validation, unsupported operators and
# protocols (len, iteration, item assignment, calls), abstract classes, a frozen __setattr__,
# frozen dataclasses and their constructors, Enum lookups and namedtuple checks.
import sys
class Matrix:
    def __init__(self, rows):
        if not rows or not all(isinstance(r, list) for r in rows):
            raise TypeError(f"rows must be a non-empty list of lists, got {type(rows).__name__}")
        widths = {len(r) for r in rows}
        if len(widths) != 1:
            raise ValueError(f"ragged rows: widths {sorted(widths)}")
        self.rows = rows
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __matmul__(self, other):
        if len(self.rows[0]) != len(other.rows):
            raise ValueError("shape mismatch: %dx%d @ %dx%d" % (len(self.rows), len(self.rows[0]), len(other.rows), len(other.rows[0])))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*other.rows)] for r in self.rows])
    def __repr__(self):
        return f"Matrix({self.rows})"
for args in [[[1, 2], [3, 4]], [], [[1], [2, 3]], "abc", [[1, "x"], [2, 3]]]:
    try:
        m = Matrix(args)
        print(m, m @ m)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
m = Matrix([[1, 2]])
for idx in [(0, 1), (1, 0), (0,), 5, (0, 0, 0), ("a", 0)]:
    try:
        print(m[idx])
    except Exception as e:
        print(type(e).__name__, e)
try:
    m @ Matrix([[1, 2]])
except ValueError as e:
    print(e)
try:
    m + m
except TypeError as e:
    print(e)
try:
    m @ 5
except Exception as e:
    print(type(e).__name__, e)
try:
    5 @ m
except TypeError as e:
    print(e)
try:
    m < m
except TypeError as e:
    print(e)
try:
    len(m)
except TypeError as e:
    print(e)
try:
    iter(m)
    print("iterable via getitem")
    list(m)
except Exception as e:
    print(type(e).__name__, e)
try:
    for x in m: pass
except Exception as e:
    print(type(e).__name__, e)
try:
    hash(m); print("hashable")
    {m: 1}
    m.rows.append([9, 9])
    print(len(m.rows))
    {[1]: m}
except TypeError as e:
    print(e)
try:
    del m[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    m[0] = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    m()
except Exception as e:
    print(type(e).__name__, e)
try:
    m.rows = None
    m @ m
except Exception as e:
    print(type(e).__name__, e)
class Base:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
class Sq(Base): pass
try:
    Sq().area()
except NotImplementedError as e:
    print(repr(e))
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perim(self): ...
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
try:
    Shape()
except TypeError as e:
    print(e)
class Frozen:
    __slots__ = ("x",)
    def __init__(self): self.x = 1
    def __setattr__(self, k, v):
        if hasattr(self, "x"):
            raise AttributeError(f"cannot assign to field '{k}'")
        object.__setattr__(self, k, v)
f = Frozen()
try:
    f.x = 2
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    f.y = 2
except AttributeError as e:
    print(e)
import dataclasses
@dataclasses.dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
try:
    p.x = 5
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    P()
except TypeError as e:
    print(e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
try:
    P(1, z=3)
except TypeError as e:
    print(e)
try:
    @dataclasses.dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(e)
try:
    @dataclasses.dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
try:
    Color(5)
except ValueError as e:
    print(e)
try:
    Color["BLUE"]
except KeyError as e:
    print(repr(e))
try:
    Color.RED = 3
except AttributeError as e:
    print(e)
from collections import namedtuple
Pt = namedtuple("Pt", "x y")
try:
    Pt(1)
except TypeError as e:
    print(e)
try:
    Pt(1, 2).x = 5
except AttributeError as e:
    print(e)
try:
    Pt._make([1])
except TypeError as e:
    print(e)
try:
    namedtuple("Bad", "x x")
except ValueError as e:
    print(e)
try:
    namedtuple("Bad", "class y")
except ValueError as e:
    print(e)
