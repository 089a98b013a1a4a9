# Subclasses of the built-in classes without an instance layout of their own: the iterator
# classes (map, zip, filter, enumerate, reversed) and the descriptor classes.

class Doubled(map):
    def __init__(self, func, *iterables):
        self.calls = 0
    def __next__(self):
        self.calls += 1
        return 2 * super().__next__()

d = Doubled(abs, [-1, 2, -3])
print(type(d).__name__, isinstance(d, map), list(d), d.calls)

class Numbered(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return f"{i}:{v}"

print(list(Numbered("abc", start=1)))

class Pairs(zip):
    def __new__(cls, *its):
        return super().__new__(cls, *its, strict=True)

print(list(Pairs("ab", [1, 2])))
try:
    list(Pairs("ab", [1]))
except ValueError as exc:
    print("ValueError", exc)

class Evens(filter):
    pass

e = Evens(lambda n: n % 2 == 0, range(7))
print(type(e).__name__, list(e), isinstance(e, filter))

class Backwards(reversed):
    pass

print(list(Backwards([1, 2, 3])), list(Backwards("xyz")))

class cached(property):
    """A property remembering its value in the instance dict."""
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        name = self.fget.__name__
        if name not in obj.__dict__:
            obj.__dict__[name] = self.fget(obj)
        return obj.__dict__[name]

class logged(property):
    pass

class Box:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.computed = 0

    @cached
    def area(self):
        self.computed += 1
        return self.w * self.h

    @logged
    def perimeter(self):
        return 2 * (self.w + self.h)

    @perimeter.setter
    def perimeter(self, value):
        self.w = self.h = value / 4

b = Box(3, 4)
print(b.area, b.area, b.computed, type(Box.__dict__["area"]).__name__)
print(b.perimeter, type(Box.__dict__["perimeter"]).__name__)
b.perimeter = 20
print(b.w, b.h, b.perimeter)
print(isinstance(Box.perimeter, property), Box.perimeter.fset is not None)

class cls_only(classmethod):
    pass

class static_only(staticmethod):
    pass

class K:
    @cls_only
    def make(cls):
        return cls.__name__

    @static_only
    def twice(x):
        return x * 2

class K2(K):
    pass

print(K.make(), K2.make(), K2().make(), K.twice(4), K().twice("ab"))
