from __future__ import annotations
# Runtime type-hint forms: X | Y unions and list[int] generic aliases (with postponed annotations).
import typing, types
from typing import Optional, Union, List
def f(a: int | None, b: list[str] = None) -> dict[str, int | float]: ...
print(f.__annotations__)
print(typing.get_type_hints(f) if False else "", int | Optional[str], Optional[int] | str, Union[int, str] == (int | str), (int | str) == Union[int, str], int | List[int])
print(types.UnionType, types.GenericAlias, (int | str).__args__, list[int].__origin__, list[int].__args__, tuple[int, ...], tuple[()], dict[str, "X"], type[int])
print(isinstance(None, int | None), isinstance(3.0, int | str), issubclass(bool, int | str), isinstance([], list | dict))
try: isinstance([], list[int])
except TypeError as e: print(e)
try: int[str]
except TypeError as e: print(e)
class C(list[int]): pass
print(C.__mro__, C([1]))
print(3 | 5, {1} | {2}, True | False, None if False else "ok")
try: print(3 | None)
except TypeError as e: print(e)
try: print(int | 3)
except TypeError as e: print(e)
print(hash(int | str) == hash(str | int), {int | str: 1}[str | int], str | str)
