# Newer syntax together: PEP 604/585 hints, walrus, match, except*, dict union, underscores.
from typing import Optional
def f(x: list[int], y: dict[str, int] | None = None) -> tuple[int, ...]:
    return tuple(x)
print(f([1, 2]), list[int], dict[str, list[int]], int | None, int | str | None, isinstance(3, int | str), isinstance("a", (int, float)), type(int | str).__name__, type(list[int]).__name__)
print(f.__annotations__)
print(list[int]([1, 2]), list[int] == list[int], (int | str) == (str | int), Optional[int] == (int | None))
def g(*, key: str = "k", **rest: int) -> None: pass
print(g.__kwdefaults__, g.__annotations__)
x = [y := 5, y ** 2]; print(x, y)
data = {"a": [1, 2], "b": [3]}
print({k: len(v) for k, v in data.items() if (n := len(v)) > 1}, n)
print(f"{'nested'!r:>10}", f"{3.14159:{10}.{3}}", f"{'a' 'b'}", f"{{}}", f"{x!s:^9}|", f"{1+1=}", f"{x[0]=:>5}")
match (1, [2, 3]):
    case (a, [b, *c]) if a < b: print("match", a, b, c)
print(str.removeprefix("prefix_x", "prefix_"), "abc".removesuffix("c"), (1).bit_count(), int.bit_count(7))
import math
print(math.dist([0, 0], [3, 4]), math.prod([1, 2, 3]), math.isqrt(17), math.comb(5, 2), sum([0.1] * 3, start=1))
print(sorted([3, 1, 2], key=lambda v: -v), list(zip([1, 2], "ab", strict=True)), "".join(reversed("abc")))
d1 = {"a": 1}; d2 = {"b": 2}; print(d1 | d2, {**d1, **d2}); d1 |= d2; print(d1)
print([*range(3), *"ab"], {*range(2), 5}, (*[1], *[2]))
try:
    raise ExceptionGroup("grp", [ValueError("v"), TypeError("t")])
except* ValueError as eg:
    print("caught", eg.exceptions)
except* TypeError as eg:
    print("caught t", eg.exceptions)
def deco(fn):
    return fn
@deco
@(lambda fn: fn)
def h(): return "h"
print(h())
class A:
    x: int = 3
    def __init_subclass__(cls, /, tag="", **kw): cls.tag = tag
class B(A, tag="bee"): pass
print(B.tag, A.__annotations__, B.x)
print(int("0b1010", 0), int("0o17", 0), int("0x1F", 0), int("1_000_000"), float("1_0.5"), 1_000.5, 0x_ff)
