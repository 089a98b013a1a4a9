# Classes derived from typing's collection aliases (Mapping[str, int], Sequence[int], ...)
# get the real collections.abc base with its mixin methods and abstract-method checks.
import collections.abc
from typing import (Mapping, MutableMapping, Sequence, MutableSequence, Iterator, Iterable,
                    ContextManager, Generator, Set, Counter, DefaultDict, OrderedDict, List,
                    Deque, Hashable, TypeVar)

K = TypeVar("K")
V = TypeVar("V")


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class Registry(Mapping[str, int]):
    def __init__(self, data):
        self._data = dict(data)

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


r = Registry({"a": 1, "b": 2})
print(dict(r), r.get("a"), r.get("z", 0), "b" in r, sorted(r.items()), list(r.keys()))
print(r == {"a": 1, "b": 2}, isinstance(r, collections.abc.Mapping), Registry.__mro__)


class Store(MutableMapping[K, V]):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s.update(x=1, y=2)
s.setdefault("z", 3)
print(s.pop("x"), dict(s), Store.__parameters__, Store[str, int], s.popitem())


class Digits(Sequence[int]):
    def __getitem__(self, i):
        return [3, 1, 4][i]

    def __len__(self):
        return 3


d = Digits()
print(list(d), d.index(4), d.count(1), list(reversed(d)), 4 in d, d[-1])


class Stack(MutableSequence[str]):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


st = Stack()
st.append("a")
st.extend(["b", "c"])
st += ["d"]
st.reverse()
print(list(st), st.pop(), st.remove("b") or list(st))


class Countdown(Iterator[int]):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), iter(Countdown(1)).__class__.__name__)


class Managed(ContextManager["Managed"]):
    def __exit__(self, *exc):
        print("exit", exc[0])
        return None


with Managed() as m:
    print("inside", type(m).__name__)


class Evens(Generator[int, None, None]):
    def __init__(self):
        self.i = 0

    def send(self, value):
        self.i += 2
        if self.i > 6:
            raise StopIteration
        return self.i

    def throw(self, *args):
        raise StopIteration


print(list(Evens()), isinstance(Evens(), collections.abc.Generator))


class Unfinished(MutableMapping[str, int]):
    pass


class Partial(Sequence[int]):
    def __len__(self):
        return 0


attempt("Unfinished()", lambda: Unfinished())
attempt("Partial()", lambda: Partial())


class Tally(Counter[str]):
    pass


class Groups(DefaultDict[str, list]):
    pass


class Ordered(OrderedDict[str, int]):
    pass


class Items(List[int]):
    pass


class Queue(Deque[int]):
    pass


print(Tally("aab").most_common(1), Groups(list)["k"], Ordered(a=1), Items([1, 2]), Queue([1]))
print(Items.__mro__, Tally.__mro__[1:3])
print(issubclass(Digits, collections.abc.Reversible), issubclass(Registry, Iterable))
