"""Type hints built from collections classes and collections.abc ABCs (types.GenericAlias)."""
from collections import OrderedDict, defaultdict, deque, Counter, ChainMap
from collections.abc import (Iterable, Iterator, Sequence, Mapping, MutableMapping, Callable,
                             Generator, Set, KeysView, AsyncIterator, Sized, Hashable)


class Inventory:
    def __init__(self) -> None:
        self.stock: defaultdict[str, int] = defaultdict(int)
        self.log: deque[tuple[str, int]] = deque(maxlen=3)

    def add(self, items: Mapping[str, int]) -> None:
        for name, n in items.items():
            self.stock[name] += n
            self.log.append((name, n))

    def names(self) -> Iterator[str]:
        yield from sorted(self.stock)

    def apply(self, fn: Callable[[str, int], int]) -> dict[str, int]:
        return {k: fn(k, v) for k, v in self.stock.items()}


inv = Inventory()
inv.add({"apple": 3, "pear": 2})
inv.add(OrderedDict(apple=1, fig=5))
print(list(inv.names()), inv.log, inv.apply(lambda k, v: v * len(k)))

for hint in Inventory.add.__annotations__.values():
    print(hint)
print(Inventory.names.__annotations__["return"], Inventory.apply.__annotations__)

aliases = [OrderedDict[str, int], defaultdict[str, list[int]], deque[int], Counter[str],
           ChainMap[str, int], Iterable[int], Sequence[str], MutableMapping[str, float],
           Generator[int, None, None], Set[int], KeysView[str], AsyncIterator[bytes]]
for a in aliases:
    print(repr(a), a.__origin__.__name__, a.__args__, type(a).__name__)

print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Callable[[int], str].__args__)

class Registry(dict):
    pass

class Batch(list):
    pass

print(Registry[str, int], Batch[int], Batch[int]([1, 2]), type(Batch[int]()).__name__)
print(deque[int]([1, 2, 3]), defaultdict[str, int](int)["x"])
print(deque.__mro__, deque.__module__, deque.__name__, type(deque([])).__name__)
print(list[int] == list[int], OrderedDict[str, int] == OrderedDict[str, int])

for cls in (Sized, Hashable):
    try:
        cls[int]
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance([], Sequence[int])
except TypeError as e:
    print("TypeError:", e)
