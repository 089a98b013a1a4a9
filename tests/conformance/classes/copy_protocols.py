# copy.copy / copy.deepcopy through __copy__/__deepcopy__, __getstate__/__setstate__,
# __reduce__, __slots__, and reducers registered with copyreg.pickle.
import copy
import copyreg


class Conn:
    def __init__(self, host):
        self.host = host
        self.sock = "socket"
        self.cache = {"a": [1]}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["sock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.sock = "reconnected"


c = Conn("db")
deep = copy.deepcopy(c)
shallow = copy.copy(c)
print(deep.host, deep.sock, deep.cache, deep.cache is c.cache)
print(shallow.sock, shallow.cache is c.cache)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


p = copy.deepcopy(Point(1, [2]))
print(p.x, p.y)


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Pair, (self.a, self.b * 2))


r = copy.copy(Pair(1, 2))
print(r.a, r.b)


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees


def reduce_celsius(c):
    print("reducer called for", c.degrees)
    return (Celsius, (round(c.degrees),))


copyreg.pickle(Celsius, reduce_celsius)
print(copy.copy(Celsius(21.6)).degrees)
print(copy.deepcopy([Celsius(-3.2)])[0].degrees)

shared = [1, 2]
outer = [shared, shared]
dup = copy.deepcopy(outer)
print(dup[0] is dup[1], dup[0] is shared)
loop = []
loop.append(loop)
cl = copy.deepcopy(loop)
print(cl[0] is cl, cl is loop)
