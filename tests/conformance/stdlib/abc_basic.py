from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Polygon(Shape):
    @abstractmethod
    def perimeter(self):
        ...

    @property
    @abstractmethod
    def sides(self):
        ...


class Square(Polygon):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def perimeter(self):
        return 4 * self.side

    @property
    def sides(self):
        return 4


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(3.14159 * self.r * self.r, 3)


print(sorted(Shape.__abstractmethods__))
print(sorted(Polygon.__abstractmethods__))
print(sorted(Square.__abstractmethods__))
print(type(Shape.__abstractmethods__).__name__)
print(type(Shape) is ABCMeta, type(Square).__name__)

for cls in (Shape, Polygon):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

sq = Square(3)
print(sq.describe(), sq.perimeter(), sq.sides)
c = Circle(2)
print(c.describe())
print(isinstance(sq, Shape), isinstance(sq, Polygon), isinstance(c, Polygon))
print(issubclass(Square, Shape), issubclass(Circle, Polygon))


class Partial(Polygon):
    def area(self):
        return 0


try:
    Partial()
except TypeError as e:
    print("TypeError:", e)


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self, x):
        return x * 2

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Base.__abstractmethods__))


class Impl(Base):
    def run(self, x):
        return super().run(x) + 1

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"


obj = Impl.make()
print(obj.run(5), Impl.helper(), Impl.__abstractmethods__ == frozenset())


# Virtual subclasses through register
class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Sprite:
    def draw(self):
        return "sprite"


class Tile:
    pass


print(issubclass(Sprite, Drawable), isinstance(Sprite(), Drawable))
r = Drawable.register(Sprite)
print(r is Sprite)
print(issubclass(Sprite, Drawable), isinstance(Sprite(), Drawable))
print(issubclass(Tile, Drawable), isinstance(Tile(), Drawable))


class BigSprite(Sprite):
    pass


print(issubclass(BigSprite, Drawable), isinstance(BigSprite(), Drawable))
print(Drawable in Sprite.__mro__)

Drawable.register(int)
print(isinstance(3, Drawable), isinstance("x", Drawable), isinstance(True, Drawable))

try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError:", e)


@Drawable.register
class Decorated:
    pass


print(Decorated.__name__, issubclass(Decorated, Drawable))


# __subclasshook__
class Sized2(ABC):
    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            if any("__len__" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance("abc", Sized2))
print(isinstance({}, Sized2), isinstance(3.5, Sized2))


# abstract class with concrete __init__ and instantiating subclasses
class Animal(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def sound(self):
        ...

    def speak(self):
        return f"{self.name} says {self.sound()}"


class Dog(Animal):
    def sound(self):
        return "woof"


class Cat(Animal):
    def sound(self):
        return "meow"


for a in [Dog("rex"), Cat("tom")]:
    print(a.speak())
try:
    Animal("x")
except TypeError as e:
    print("TypeError:", e)


class Many(ABC):
    @abstractmethod
    def zeta(self): ...

    @abstractmethod
    def alpha(self): ...

    @abstractmethod
    def mid(self): ...


try:
    Many()
except TypeError as e:
    print("TypeError:", e)
print(getattr(Many.alpha, "__isabstractmethod__", False), getattr(Dog.sound, "__isabstractmethod__", False))
