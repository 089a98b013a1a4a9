print(hash(42), hash(-1), hash(0), hash(True), hash(False), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(1.0), hash(1.5), hash(0.0) == hash(-0.0), hash(float("inf")), hash(None) == hash(None))
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(10 ** 30) == hash(10 ** 30), hash(3 + 0j) == hash(3))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
