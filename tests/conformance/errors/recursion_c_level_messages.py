# A runaway recursion stops where CPython's C-level checks stop it: str(), repr(), an
# f-string of an int, and print() to a text file are one or two C calls below their frame,
# so the RecursionError names them and comes a frame or two earlier.
import sys

depth = 0


def with_str(n):
    global depth
    depth = n
    s = str(n)
    return with_str(n + 1)


def with_repr(n):
    global depth
    depth = n
    s = repr(n)
    return with_repr(n + 1)


def with_fstring(n):
    global depth
    depth = n
    s = f"{n}"
    return with_fstring(n + 1)


def plain(n):
    global depth
    depth = n
    return plain(n + 1)


class Echo:
    def __repr__(self):
        return "Echo(" + repr(self) + ")"


class Shout:
    def __str__(self):
        return "!" + str(self)


for f in (with_str, with_repr, with_fstring, plain):
    try:
        f(0)
    except RecursionError as e:
        print(f.__name__, depth, e)

for obj, conv in ((Echo(), repr), (Shout(), str)):
    try:
        conv(obj)
    except RecursionError as e:
        print(type(obj).__name__, e)

lines = 0


def chatty(n):
    global lines
    print("level", n)
    lines += 1
    chatty(n + 1)


try:
    chatty(0)
except RecursionError as e:
    print("printed", lines, "lines:", e)

sys.setrecursionlimit(60)


def countdown(n):
    print(n)
    countdown(n - 1)


countdown(10)
