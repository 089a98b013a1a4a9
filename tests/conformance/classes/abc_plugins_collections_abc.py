import abc
from dataclasses import dataclass, field
class Plugin(abc.ABC):
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key: Plugin.registry[key] = cls
    @abc.abstractmethod
    def run(self, data): ...
    @property
    @abc.abstractmethod
    def name(self): ...
@dataclass
class Upper(Plugin, key='upper'):
    suffix: str = ''
    def run(self, data): return data.upper() + self.suffix
    @property
    def name(self): return 'upper'
@dataclass
class Count(Plugin, key='count'):
    def run(self, data): return len(data)
    name = 'count'
@dataclass
class Broken(Plugin, key='broken'):
    x: int = 0
print(sorted(Plugin.registry), Upper('!').run('abc'), Count().run('abcd'), Upper().name, Count().name)
try: Broken()
except TypeError as e: print(e)
print(sorted(Broken.__abstractmethods__), Upper.__abstractmethods__, isinstance(Upper(), Plugin))
pipeline = [Plugin.registry[k]() for k in ('upper', 'count')]
out = 'hello'
for p in pipeline: out = p.run(out) if isinstance(out, str) else out
print(out, [type(p).__name__ for p in pipeline], [repr(p) for p in pipeline])
class Cache(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def create(cls): ...
    @staticmethod
    @abc.abstractmethod
    def version(): ...
class Mem(Cache):
    @classmethod
    def create(cls): return cls()
    @staticmethod
    def version(): return 2
print(type(Mem.create()).__name__, Mem.version(), Cache.create.__isabstractmethod__, Mem.create.__isabstractmethod__ if hasattr(Mem.create, '__isabstractmethod__') else 'n/a')
class Seq(abc.ABC): pass
Seq.register(list); Seq.register(tuple)
print(isinstance([], Seq), isinstance((), Seq), isinstance('', Seq), issubclass(list, Seq), Seq.register(dict) is dict)
from collections.abc import Sequence, Mapping, Iterable, Sized, Container, Hashable, Callable, MutableMapping
class MySeq(Sequence):
    def __init__(self, *d): self.d = d
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)
s = MySeq(3, 1, 2)
print(list(s), s.index(1), s.count(2), 2 in s, list(reversed(s)), isinstance(s, Iterable), isinstance(s, Hashable))
try: Sequence()
except TypeError as e: print(e)
class MyMap(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap(); m['a'] = 1; m.update(b=2); m.setdefault('c', 3)
print(dict(m), m.get('z', 0), list(m.items()), m.pop('a'), len(m), 'b' in m, m == {'b': 2, 'c': 3}, isinstance(m, Mapping))
print(isinstance(len, Callable), isinstance(5, Hashable), isinstance([], Hashable), isinstance({}, Sized), isinstance(set(), Container))
