class Spoof:
    @property
    def __class__(self): return int
s = Spoof()
print(isinstance(s, int), type(s).__name__, s.__class__)
class Lazy:
    def __init__(self, factory): object.__setattr__(self, '_f', factory); object.__setattr__(self, '_obj', None)
    def _get(self):
        if self._obj is None:
            print('materialize'); object.__setattr__(self, '_obj', self._f())
        return self._obj
    def __getattr__(self, n): return getattr(self._get(), n)
    def __len__(self): return len(self._get())
    def __iter__(self): return iter(self._get())
    def __getitem__(self, i): return self._get()[i]
    def __repr__(self): return f'Lazy({self._obj!r})'
lz = Lazy(lambda: [3, 1, 2])
print(lz, len(lz), lz.count(1), sorted(lz), lz[0], lz)
try: lz.nope
except AttributeError as e: print(e)
class AttrDict(dict):
    def __getattr__(self, k):
        try: return self[k]
        except KeyError: raise AttributeError(k) from None
    def __setattr__(self, k, v): self[k] = v
    def __delattr__(self, k):
        try: del self[k]
        except KeyError: raise AttributeError(k) from None
ad = AttrDict(a=1); ad.b = 2; del ad.a
print(ad, ad.b, hasattr(ad, 'a'), getattr(ad, 'a', 'gone'), ad.keys())
try: del ad.zz
except AttributeError as e: print('AttributeError', e)
class Validated:
    _fields = {'age': int, 'name': str}
    def __setattr__(self, k, v):
        if k not in self._fields: raise AttributeError(f'unknown field {k!r}')
        if not isinstance(v, self._fields[k]): raise TypeError(f'{k} must be {self._fields[k].__name__}')
        super().__setattr__(k, v)
v = Validated(); v.age = 3; v.name = 'n'
for k, val in [('age', 'x'), ('zip', 1)]:
    try: setattr(v, k, val)
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
print(vars(v))
class Chain:
    def __init__(self, path=()): self._path = path
    def __getattr__(self, n):
        if n.startswith('__'): raise AttributeError(n)
        return Chain(self._path + (n,))
    def __call__(self, *a): return f'{".".join(self._path)}{a}'
print(Chain().api.users.get(5), Chain().x())
class Recorder:
    def __init__(self): self.__dict__['ops'] = []
    def __getattribute__(self, n):
        if n != '__dict__': object.__getattribute__(self, '__dict__')['ops'].append(n)
        return object.__getattribute__(self, n)
r = Recorder(); r.ops; r.__class__; print(r.ops)
class GAErr:
    def __getattr__(self, n): raise KeyError(n)
try: GAErr().x
except KeyError as e: print('KeyError', e)
try: print(hasattr(GAErr(), '__len__'))
except KeyError as e: print('KeyError', e)
try: hasattr(GAErr(), 'y')
except KeyError as e: print('hasattr propagates', e)
class PropErr:
    @property
    def p(self): raise AttributeError('inner')
    def __getattr__(self, n): return f'fallback:{n}'
print(PropErr().p)
