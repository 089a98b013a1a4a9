# descriptors
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind; self.default = default
    def __set_name__(self, owner, name):
        self.name = name; self.private = '_' + name
        print(f'set_name {owner.__name__}.{name}')
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, got {type(value).__name__}')
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print('deleting', self.name)
        delattr(obj, self.private)

class NonData:
    def __get__(self, obj, objtype=None):
        return f'nondata({None if obj is None else type(obj).__name__}, {objtype.__name__})'

class Item:
    name = Typed(str, '?')
    qty = Typed(int, 0)
    nd = NonData()
    def __init__(self, name, qty):
        self.name = name; self.qty = qty
    def __repr__(self):
        return f'Item({self.name!r}, {self.qty})'

it = Item('bolt', 3)
print(it, it.nd, Item.nd)
it.nd = 'shadowed'
print(it.nd, vars(it))
try:
    it.qty = 'x'
except TypeError as e:
    print('TypeError:', e)
del it.qty
print(it.qty)
try:
    del it.qty
except AttributeError as e:
    print('AttributeError:', e)
print(type(Item.__dict__['name']).__name__, Item.name.private)

class Lazy:
    def __init__(self, f):
        self.f = f; self.__doc__ = f.__doc__
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.f(obj)
        obj.__dict__[self.attr] = v
        print('computed', self.attr)
        return v

class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        """area doc"""
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, Circle.area.__doc__)

# property with inheritance and setter override
class Base:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
class Child(Base):
    @Base.x.setter
    def x(self, v):
        print('child setter', v)
        Base.x.fset(self, v * 2)
ch = Child(); ch.x = 5; print(ch.x, Child.x.__doc__, Base.x.fdel)
try:
    del ch.x
except AttributeError as e:
    print(e)
class RO:
    @property
    def v(self): return 1
try:
    RO().v = 2
except AttributeError as e:
    print(e)
p = property(lambda s: 1, doc='D')
print(p.__doc__, p.getter(lambda s: 2).__doc__)
# __set_name__ when assigned later not called
class Late: pass
Late.t = Typed(int)
try:
    Late().t = 1
except AttributeError as e:
    print('AttributeError', e)
# set_name errors
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('nope')
try:
    class Holder:
        b = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
# classmethod property chain
class Meta(type):
    @property
    def kind(cls): return cls.__name__.lower()
class K(metaclass=Meta): pass
print(K.kind)
try:
    K().kind
except AttributeError as e:
    print(e)
