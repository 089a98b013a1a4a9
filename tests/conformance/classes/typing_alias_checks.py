"""isinstance/issubclass with the typing aliases (typing.Sequence, typing.Mapping, ...)."""
import typing
from typing import Callable, Dict, Iterable, List, Mapping, Sequence


def describe(value):
    kinds = []
    for name, alias in (("Sequence", Sequence), ("Mapping", Mapping), ("Iterable", Iterable),
                        ("Callable", Callable), ("List", List), ("Dict", Dict)):
        if isinstance(value, alias):
            kinds.append(name)
    return kinds


for value in ([1, 2], (1,), "text", {"k": 1}, {1, 2}, len, 42, range(3)):
    print(type(value).__name__, describe(value))

print(issubclass(list, typing.Sequence), issubclass(dict, typing.Sequence),
      issubclass(typing.List, typing.Sequence), issubclass(dict, typing.MutableMapping))
for check in (lambda: isinstance([], List[int]), lambda: issubclass(list, Dict[str, int]),
              lambda: issubclass(List[int], typing.Sequence)):
    try:
        print(check())
    except TypeError as e:
        print("TypeError:", e)
