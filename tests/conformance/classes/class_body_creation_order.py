log = []
class D:
    def __set_name__(self, owner, name): log.append(('set_name', owner.__name__, name))
class Base:
    def __init_subclass__(cls, **kw):
        log.append(('init_subclass', cls.__name__, sorted(cls.__dict__.keys() - {'__module__', '__qualname__', '__doc__'})))
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        log.append(('meta_new', name, kw))
        return super().__new__(mcs, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        log.append(('meta_init', name))
        super().__init__(name, bases, ns)
class K(Base, metaclass=Meta, extra=1):
    a = D()
    b = D()
    log.append(('body', __qualname__, __module__))
    def method(self): pass
    xs = [i for i in range(3)]
    y = 10
    zs = [y for _ in range(2)] if False else None
for entry in log: print(entry)
class Scope:
    v = 5
    try:
        w = [v for _ in range(2)]
    except NameError as e:
        err = str(e)
    g = (lambda: v) if False else None
    names = sorted(k for k in locals() if not k.startswith('__'))
print(Scope.err, Scope.names)
class WithDoc:
    """Docstring."""
    __slots__ = ()
print(WithDoc.__doc__, WithDoc.__dict__.get('__doc__'), '__weakref__' in dir(WithDoc))
class NoDoc: pass
print(NoDoc.__doc__, NoDoc().__doc__, NoDoc.__module__, NoDoc.__dict__['__module__'], sorted(NoDoc.__dict__))
def make(n):
    class Dyn:
        count = n
        def __repr__(self): return f'Dyn{self.count}'
    Dyn.__name__ = f'Dyn{n}'; Dyn.__qualname__ = f'make.<locals>.Dyn{n}'
    return Dyn
A2 = make(2); print(A2(), A2.__name__, A2.__qualname__, A2)
try: A2.__name__ = 5
except TypeError as e: print(e)
class Ann:
    x: int
    y: 'str' = 'a'
    def f(self, a: int) -> None: pass
print(Ann.__annotations__, hasattr(Ann, 'x'), Ann.y, Ann.f.__annotations__)
class Child(Ann): z: float = 1.0
print(Child.__annotations__)
class Empty: pass
print(Empty.__dict__.get('__annotations__', 'none'), getattr(Empty, '__annotations__', 'absent'))
class Meth:
    def __init__(self): self.data = {}
    def __getitem__(self, k): return self.data[k]
    def __setitem__(self, k, v): self.data[k] = v
    def __delitem__(self, k): del self.data[k]
    def __len__(self): return len(self.data)
    def __iter__(self): return iter(self.data)
m = Meth(); m['a'] = 1; m['b'] = 2; del m['a']
print(len(m), list(m), dict(m.data))
try: m['zz']
except KeyError as e: print('KeyError', e)
try: dict(m)
except Exception as e: print(type(e).__name__, e)
class Mapping2(Meth):
    def keys(self): return self.data.keys()
m2 = Mapping2(); m2['q'] = 9; print(dict(m2), {**m2})
def f(**kw): return kw
print(f(**m2))
