# Generators still suspended when the program ends are closed, as CPython's shutdown does:
# their `finally` blocks and `with` exits run after the last line of the program.


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


def numbers(tag):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("finally of", tag, "at", n)


def lines(name):
    with Resource(name):
        yield "first"
        yield "second"


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("stubborn got GeneratorExit")
        raise


def not_started():
    try:
        yield 1
    finally:
        print("never printed: the generator never started")


def no_handler():
    yield 1
    yield 2


class Holder:
    def __init__(self):
        self.gen = numbers("held by an instance")
        next(self.gen)


counter = numbers("global")
print(next(counter), next(counter), next(counter))
reader = lines("data.txt")
print(next(reader))
tough = stubborn()
next(tough)
holder = Holder()
idle = not_started()
plain = no_handler()
print(next(plain))
done = numbers("finished early")
next(done)
done.close()
print("end of program")
