# A generator left suspended inside try/finally or with is closed when the last reference
# goes: its cleanup output comes before whatever the program prints next.
import sys


def numbers(tag):
    print("open", tag)
    try:
        for i in range(10):
            yield i
    finally:
        print("close", tag)


for x in numbers("a"):
    if x == 2:
        break
print("after break")


def first_even(tag):
    for x in numbers(tag):
        if x % 2 == 0 and x > 0:
            return x


print(first_even("b"))
try:
    for x in numbers("c"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
g = numbers("d")
next(g)
del g
sys.stdout.write("written\n")

log = []


def logged():
    try:
        yield 1
    finally:
        log.append("closed")


for x in logged():
    break
print(log)


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


def reader():
    with Resource("file"):
        yield "line1"
        yield "line2"


for line in reader():
    print(line)
    break
print("done reading")
print(next((x for x in range(5) if x > 2), None))
for x in numbers("e"):
    break
