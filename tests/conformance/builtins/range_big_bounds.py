# range objects with bounds beyond 64 bits, and the machine-integer edges around them.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


huge = range(2**70)
stepped = range(0, 10**30, 10**10)
print(huge, stepped, repr(range(-2**70, 0, -7)))
show("len huge", lambda: len(huge))
show("len stepped", lambda: len(stepped))
show("len 2**64-1", lambda: len(range(-2**63, 2**63 - 1)))
print("len ok", len(range(0, 2**70, 2**68)), len(range(1, 2**64, 2**63)))
print("bool", bool(huge), bool(range(2**70, 2**70)), bool(range(2**70, 0, -1)))
print("attrs", stepped.start, stepped.stop, stepped.step, type(stepped.stop).__name__)

# Indexing and slicing.
print("items", stepped[5], stepped[-1], huge[2**69], huge[-1], huge[True])
show("index too big", lambda: huge[2**80])
show("index too small", lambda: huge[-(2**80)])
show("small range, big index", lambda: range(10)[2**70])
show("bad index", lambda: huge["x"])
print("slices", stepped[1:4], stepped[::-1], stepped[::2], huge[2**69:], huge[-3:])
print("slices2", range(-2**70, 2**70, 3)[10:20], range(10)[2**70:], range(10)[-2**70:3])
print("slices3", range(10)[::2**70], range(10)[1:8:3], range(10)[9:-100:-3], range(0)[::-1])
show("slice step 0", lambda: huge[::0])
show("slice bad", lambda: huge["a":])


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print("__index__", range(2**71)[Idx(2**70)], range(2**71)[Idx(2**70):], range(Idx(2**65)))

# Membership, index, count.
print("in", 10**20 in stepped, 10**20 + 1 in stepped, 5 in stepped, -1 in stepped)
print("in small", 10**30 in range(10), 2**63 - 2 in range(-2**63, 2**63 - 1), True in range(2))
print("in float", 2.0 in range(5), 2.5 in range(5))
print("index", stepped.index(10**20), range(-2**63, 2**63 - 1).index(2**63 - 2))
print("count", stepped.count(10**20), stepped.count(3), range(5).count(2.0), range(5).count(True))
show("index missing", lambda: stepped.index(3))
show("index missing float", lambda: range(5).index(7.0))
print("index float", range(5).index(2.0))

# Equality and hashing.
print("eq", huge == range(2**70), huge == range(0, 2**70, 1), huge == stepped)
print("eq2", range(2**64, 2**64 + 1) == range(2**64, 2**64 + 1, 5), range(2**70, 0) == range(0))
print("hash", hash(huge) == hash(range(0, 2**70, 1)), hash(range(2**64, 2**64, 3)) == hash(range(0)))
print("as key", {huge: 1}[range(0, 2**70)])

# Iteration, forwards and reversed, across the 64-bit boundary.
it = iter(huge)
print(type(it).__name__, next(it), next(it), it.__length_hint__() == 2**70 - 2)
rv = reversed(stepped)
print(type(rv).__name__, next(rv), next(rv))
print(list(range(2**63 - 3, 2**63 + 2)))
print(list(range(-2**63 + 2, -2**63 - 3, -1)))
print(list(reversed(range(2**63 - 3, 2**63 + 2))))
print(list(reversed(range(-2**63, -2**63 + 3))))
print(list(range(2**64, 2**64 + 3)), list(range(2**64 + 3, 2**64, -1)))
for i in range(2**63 - 2, 2**63 + 1):
    print("loop", i)
print(sum(1 for _ in range(2**100, 2**100 + 5)), max(range(2**65, 2**65 + 10, 3)))
for r in [
    range(2**63 - 2, 2**63 - 1),
    range(0, 2**63 - 1, 2),
    range(0, 2**63 - 10, 20),
    range(-2**63, 2**63 - 1),
    range(10),
    range(5, -5, -3),
]:
    print(r, type(iter(r)).__name__, type(reversed(r)).__name__, next(reversed(r), None))
print(type(reversed(range(-2**63, 5))).__name__, type(reversed(range(-2**63 + 3, 5, 4))).__name__)
it = iter(range(2**64, 2**64 + 2))
print(list(it), type(it).__name__, it.__length_hint__())
