# Enum members' name and value are read-only, with CPython's messages, and are not
# attributes of the enum class itself.
from enum import Enum, IntEnum


class Color(Enum):
    RED = 1
    GREEN = 2


class Level(IntEnum):
    LOW = 10
    HIGH = 20


for member in [Color.RED, Level.HIGH]:
    print(member.name, member.value)
    for attr in ["name", "value"]:
        try:
            setattr(member, attr, 99)
        except AttributeError as e:
            print("AttributeError:", e)
        try:
            delattr(member, attr)
        except AttributeError as e:
            print("AttributeError:", e)
    print(member.name, member.value)

try:
    Color.RED = 3
except AttributeError as e:
    print("AttributeError:", e)

Color.RED.note = "custom attributes are allowed"
print(Color.RED.note)

for attr in ["value", "name"]:
    print(attr, hasattr(Color, attr))
print(sorted(m.value for m in Level), [c.name for c in Color])

# A missing member is an AttributeError naming only the attribute.
for name in ["BLUE", "red", "__missing_dunder__"]:
    try:
        getattr(Color, name)
    except AttributeError as e:
        print("AttributeError:", repr(e), e.args)
print(getattr(Color, "BLUE", Color.GREEN), hasattr(Level, "LOW"), hasattr(Level, "MEDIUM"))
