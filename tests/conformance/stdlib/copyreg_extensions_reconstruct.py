# copyreg: the extension registry (add, re-add, conflicts, removal), pickle() registrations
# used by copy, and _reconstructor / __reduce_ex__ for protocols 0 and 1.
import copy
import copyreg


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


print("-- extensions")
copyreg.add_extension("mymod", "Thing", 240)
copyreg.add_extension("mymod", "Thing", 240)
print(copyreg._extension_registry[("mymod", "Thing")], copyreg._inverted_registry[240])
attempt("same key new code", lambda: copyreg.add_extension("mymod", "Thing", 241))
attempt("same code new key", lambda: copyreg.add_extension("mymod", "Other", 240))
attempt("code 0", lambda: copyreg.add_extension("m", "n", 0))
attempt("code too big", lambda: copyreg.add_extension("m", "n", 0x80000000))
attempt("remove wrong code", lambda: copyreg.remove_extension("mymod", "Thing", 241))
copyreg._extension_cache[240] = "cached"
copyreg.remove_extension("mymod", "Thing", 240)
print(("mymod", "Thing") in copyreg._extension_registry, 240 in copyreg._inverted_registry,
      240 in copyreg._extension_cache)
attempt("remove again", lambda: copyreg.remove_extension("mymod", "Thing", 240))
copyreg.add_extension("mymod", "Thing", 240)
copyreg.remove_extension("mymod", "Thing", 240)
copyreg._extension_cache[7] = 1
copyreg.clear_extension_cache()
print(copyreg._extension_cache)

print("-- pickle registrations")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    print("  reducing", p.x, p.y)
    return Point, (p.x * 10, p.y * 10)


copyreg.pickle(Point, reduce_point)
q = copy.copy(Point(1, 2))
print(q.x, q.y, copy.deepcopy(Point(3, 4)).x)
attempt("pickle non-callable", lambda: copyreg.pickle(Point, 3))

print("-- protocol 0/1 reductions")


class Tagged(list):
    def __init__(self, items=(), tag="t"):
        super().__init__(items)
        self.tag = tag


class Plain:
    def __init__(self):
        self.a = 1


class Num(int):
    pass


for obj in (Tagged([1, 2], "x"), Plain(), Num(7)):
    for proto in (0, 1):
        red = obj.__reduce_ex__(proto)
        print(type(obj).__name__, proto, red[0].__name__, red[1][0].__name__,
              red[1][1].__name__, red[1][2], red[2:])
        rebuilt = red[0](*red[1])
        if len(red) > 2 and red[2]:
            rebuilt.__dict__.update(red[2])
        print("  rebuilt", type(rebuilt).__name__, rebuilt if not isinstance(rebuilt, Plain)
              else vars(rebuilt), getattr(rebuilt, "tag", None))
obj = copyreg._reconstructor(Tagged, list, [5, 6])
print(obj, type(obj).__name__, getattr(obj, "tag", "no tag"))
print(type(copyreg._reconstructor(Plain, object, None)).__name__)
