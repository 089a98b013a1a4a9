# A special method sees its caller at the line that triggered it (what warnings with
# stacklevel=2 and sys._getframe(1) report), including on classes with a metaclass.
import sys


def caller_line(tag):
    print(tag, "called from line", sys._getframe(2).f_lineno)


class Grid:
    def __getitem__(self, key):
        caller_line("getitem")
        return 0

    def __contains__(self, item):
        caller_line("contains")
        return True

    def __iter__(self):
        caller_line("iter")
        return iter(())

    def __bool__(self):
        caller_line("bool")
        return True


class Registry(type):
    def __getitem__(cls, key):
        caller_line("class getitem")
        return key

    def __contains__(cls, item):
        caller_line("class contains")
        return False


class Plugins(metaclass=Registry):
    pass


grid = Grid()
first = 1
value = grid[0, 0]
second = 2
found = "x" in grid
third = 3
for cell in grid:
    pass
fourth = 4
if grid:
    fifth = 5
flag = not grid
sixth = 6
while not grid:
    break
name = Plugins["audio"]
seventh = 7
print("video" in Plugins, value, found, flag, name)
