# Enums built with the functional API take the values their class would generate.
import enum

Perm = enum.Flag("Perm", "READ WRITE EXEC")
print(list(Perm), Perm.READ | Perm.EXEC, repr(Perm(3)))
Bits = enum.IntFlag("Bits", ["A", "B", "C", "D"], start=4)
print(list(Bits), int(Bits.D), Bits.A | Bits.B)
Color = enum.Enum("Color", "RED, GREEN BLUE", start=0)
print(list(Color), Color(2))
Level = enum.StrEnum("Level", "LOW HIGH")
print(list(Level), Level.HIGH == "high", f"{Level.LOW}")


class Lower(enum.Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}-{count}-{len(last_values)}"


Tag = Lower("Tag", "ALPHA BETA")
print(list(Tag))
Pairs = enum.Enum("Pairs", [("X", 10), ("Y", 20)])
print(list(Pairs), Pairs.__members__["Y"], type(Pairs.__members__).__name__)
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)
