# list(), tuple(), sorted() and list.extend ask a user object for its length after making
# the iterator (CPython's length hint); other consumers only iterate.
class Traced:
    def __init__(self, *items):
        self.items = list(items)
        self.log = []

    def __iter__(self):
        self.log.append("iter")
        return iter(self.items)

    def __len__(self):
        self.log.append("len")
        return len(self.items)


def run(label, consume):
    t = Traced(3, 1, 2)
    result = consume(t)
    print(f"{label:10} {result!r:24} {t.log}")


run("list", list)
run("tuple", tuple)
run("sorted", sorted)
run("extend", lambda t: (lambda acc: (acc.extend(t), acc)[1])([0]))
run("set", lambda t: sorted(set(t)))
run("max", max)
run("sum", sum)
run("enumerate", lambda t: list(enumerate(t))[:1])
run("unpack", lambda t: (lambda a, b, c: a + b + c)(*tuple(t)))


class BadLen:
    def __iter__(self):
        return iter("ab")

    def __len__(self):
        raise TypeError("no length here")


class FailingLen(BadLen):
    def __len__(self):
        raise KeyError("broken")


class Hinted:
    def __init__(self, hint):
        self.hint = hint

    def __iter__(self):
        return iter([1, 2])

    def __length_hint__(self):
        return self.hint


print(list(BadLen()))
try:
    list(FailingLen())
except KeyError as e:
    print("KeyError", e)
for hint in (5, NotImplemented, -1, "x"):
    try:
        print(hint, list(Hinted(hint)))
    except (TypeError, ValueError) as e:
        print(hint, type(e).__name__, e)
