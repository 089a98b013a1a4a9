# obj.__class__ = Other: the state pattern, slotted and built-in-based instances, and
# attribute sites that see one object change class.


class Connection:
    def __init__(self):
        self.log = []
        self.new_state(ClosedConnection)

    def new_state(self, state):
        self.log.append(state.__name__)
        self.__class__ = state

    def read(self):
        raise NotImplementedError()


class ClosedConnection(Connection):
    def read(self):
        raise RuntimeError("Not open")

    def open(self):
        self.new_state(OpenConnection)


class OpenConnection(Connection):
    def read(self):
        return "data"

    def close(self):
        self.new_state(ClosedConnection)


c = Connection()
print(type(c).__name__, isinstance(c, ClosedConnection), isinstance(c, OpenConnection))
try:
    c.read()
except RuntimeError as e:
    print("RuntimeError:", e)
c.open()
print(type(c).__name__, c.read(), c.__class__.__name__)
c.close()
print(type(c).__name__, c.log, vars(c))
try:
    c.close()
except AttributeError as e:
    print("AttributeError:", e)


class Celsius:
    __slots__ = ("deg",)

    def show(self):
        return f"{self.deg} C"


class Fahrenheit:
    __slots__ = ("deg",)

    def show(self):
        return f"{self.deg * 9 / 5 + 32} F"


t = Celsius()
t.deg = 100
print(t.show())
t.__class__ = Fahrenheit
print(t.show(), t.deg)


class NumList(list):
    pass


class SumList(list):
    def total(self):
        return sum(self)


nums = NumList([1, 2, 3])
nums.__class__ = SumList
nums.append(4)
print(nums, nums.total(), type(nums).__name__)


class AppError(Exception):
    pass


class FatalError(Exception):
    pass


err = AppError("disk full")
err.__class__ = FatalError
print(repr(err), str(err), err.args)
try:
    raise err
except FatalError as e:
    print("caught", type(e).__name__)

# One attribute site, objects whose class keeps changing.


class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


pets = [Cat() for _ in range(6)]
for round_no in range(3):
    for i, p in enumerate(pets):
        if (i + round_no) % 3 == 0:
            p.__class__ = Dog if type(p) is Cat else Cat
    print(round_no, [p.speak() for p in pets])

# Assigning the same class is allowed; the checks still apply.
pets[0].__class__ = type(pets[0])
print(type(pets[0]).__name__)
for target in (int, SumList, Celsius, "Cat"):
    try:
        pets[1].__class__ = target
    except TypeError as e:
        print("TypeError:", e)
