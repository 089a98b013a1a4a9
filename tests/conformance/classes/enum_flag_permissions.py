"""A permissions model on enum.Flag: combining, testing and rejecting invalid bit patterns."""
from enum import Flag, IntFlag, auto


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


class Sparse(Flag):
    LOW = 1
    MID = 2
    HIGH = 8


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


def parse_mode(text):
    letters = {"r": Perm.READ, "w": Perm.WRITE, "x": Perm.EXEC}
    result = Perm.NONE
    for ch in text:
        result |= letters[ch]
    return result


for text in ["r", "rw", "rwx", "x", ""]:
    p = parse_mode(text)
    print(f"{text!r:6} -> {p!s:22} {p!r:28} {[m.name for m in p]} {bool(p)}")

print(Perm.RW in Perm.ALL, Perm.EXEC in Perm.RW, ~Perm.READ, Perm.ALL ^ Perm.WRITE)
print(repr(Perm(-1)), repr(Perm(-8)), Perm(5))

for cls, values in [(Sparse, [3, 4, 11, 16, -1, -5, 0]), (Perm, [8, 9, -9])]:
    for v in values:
        try:
            print(repr(cls(v)))
        except ValueError as e:
            print("ValueError:", e)

print(repr(Mode(7)), repr(Mode(8)), Mode(12), Mode.R | 16, int(Mode.W | Mode.X))

try:
    Sparse("LOW")
except ValueError as e:
    print("ValueError:", e)
