# Truthiness, boolean operators and None.
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {0: 0}, set(), None, 0j, range(0), range(3)]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(True and 3, 0 and 3, [] or "default", "x" or "y", None or 0 or "", not 0, not "a")
print(True + True, True * 3, True / 2, isinstance(True, int), type(True).__name__)
print(str(True), repr(False), int(False), True == 1)
def f():
    pass
print(f(), f() is None, type(None).__name__, repr(None))
count = 0
def side(x):
    global count
    count += 1
    return x
r = side(0) and side(1)
print(r, count)
r = side(1) or side(2)
print(r, count)
print(bool.__name__, issubclass(bool, int), True & False, True | False, True ^ True)
print(hash(True) == hash(1), {True: "a", 1: "b"})
