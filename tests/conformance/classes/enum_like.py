class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls._members = {}
        for key, value in list(ns.items()):
            if key.isupper():
                member = object.__new__(cls)
                member.name, member.value = key, value
                cls._members[key] = member
                setattr(cls, key, member)
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
    @classmethod
    def from_value(cls, v):
        for m in cls:
            if m.value == v:
                return m
        raise ValueError(f"{v!r} is not a valid {cls.__name__}")
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Weekday(Enum):
    MON, TUE, WED = "mon", "tue", "wed"
print(list(Color), len(Color), Color.RED, Color["BLUE"], Color.from_value(2))
print(Color.RED is Color["RED"], Color.RED == Color.GREEN, isinstance(Color.RED, Color), type(Color).__name__)
print([d.name for d in Weekday], Weekday.TUE.value)
try:
    Color.from_value(9)
except ValueError as e:
    print("ValueError:", e)
