"""reversed() needs __reversed__ or the sequence protocol; namedtuple fields are read-only."""
from collections import namedtuple


class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, i):
        return self.songs[i]


class Stream:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n, 0, -1))

    def __reversed__(self):
        return iter(range(1, self.n + 1))


class NoReverse(Playlist):
    __reversed__ = None


print(list(reversed(Playlist("a", "b", "c"))), list(reversed(Countdown(3))))
for obj in (Stream([1, 2]), NoReverse("x"), 42, {1, 2}):
    try:
        print(list(reversed(obj)))
    except TypeError as e:
        print("TypeError:", e)

Point = namedtuple("Point", "x y")
p = Point(1, 2)
for action in (lambda: setattr(p, "x", 5), lambda: delattr(p, "y"), lambda: setattr(p, "z", 0)):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(p, p._replace(x=5), Point.x.__doc__)
