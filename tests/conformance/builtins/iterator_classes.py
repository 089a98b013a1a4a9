# The built-in iterator constructors are classes: map, zip, filter, enumerate, reversed.
import sys

def short(obj):
    """repr without the address."""
    r = repr(obj)
    return r.split(" at ")[0] + ">" if " at 0x" in r else r

for cls in (map, zip, filter, enumerate, reversed, range):
    print(cls, cls.__name__, cls.__qualname__, type(cls).__name__, cls.__mro__)

m = map(str.upper, ["a", "b"])
z = zip("ab", [1, 2])
f = filter(None, [0, 1, 2, 0])
e = enumerate("xy", start=3)
r = reversed("abc")
for obj, cls in ((m, map), (z, zip), (f, filter), (e, enumerate)):
    print(type(obj) is cls, isinstance(obj, cls), short(obj), list(obj))
print(isinstance(r, reversed), type(r).__name__, list(r))
print(isinstance(reversed(range(3)), reversed), type(reversed(range(3))).__name__)
print(isinstance(reversed([1, 2]), reversed), type(reversed([1, 2])).__name__)

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
rs = reversed(Seq())
print(type(rs) is reversed, list(rs))

# The iterators' own types, as type() shows them.
samples = [iter([]), iter(()), iter(""), iter("é"), iter({}), iter(set()), iter(range(3)),
           iter(b""), iter(bytearray()), iter({}.values()), iter({}.items()),
           reversed([]), reversed({}), iter(lambda: 1, 1), iter(range(2 ** 70))]
for it in samples:
    print(type(it).__name__, end=" ")
print()
for v in (range(3), {}.keys(), {}.values(), {}.items(), slice(1), None, NotImplemented, ...):
    print(type(v).__name__, end=" ")
print()

# Constructors checked as CPython checks them.
attempts = [
    lambda: map(),
    lambda: map(len),
    lambda: map(len, [1], key=1),
    lambda: filter(),
    lambda: filter(None),
    lambda: enumerate(),
    lambda: enumerate([], 1, 2),
    lambda: enumerate(iterable=[], begin=2),
    lambda: zip([], foo=1),
    lambda: reversed(),
    lambda: reversed(3),
    lambda: reversed([], []),
    lambda: list(map(1, [2])),
    lambda: list(zip([1, 2], [3], strict=True)),
    lambda: list(zip([1], [3, 4], strict=True)),
    lambda: enumerate(5),
    lambda: enumerate([], start="a"),
]
for attempt in attempts:
    try:
        print("ok", attempt())
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)

print(list(enumerate("ab", start=True)), list(enumerate(iterable="cd", start=-1)))
print(list(zip()), list(zip("abc")), list(zip("ab", "cd", "ef", strict=True)))
print(list(map(pow, [2, 3], [5, 2])), list(map(lambda *a: a, "ab", "xyz")))
print(list(filter(str.isdigit, "a1b22c")), list(filter(lambda x: x % 2, range(7))))

# Calling the class's __new__ directly, and the iterator protocol on the classes.
print(list(map.__new__(map, abs, [-1, -2])), list(zip.__new__(zip, "ab", "cd")))
print(next(enumerate.__new__(enumerate, "q")), list(filter.__new__(filter, None, [0, 5])))
try:
    map.__new__(zip, abs, [1])
except TypeError as exc:
    print(exc)
it = map(abs, [-3, -4, -5])
print(map.__next__(it), next(it), it.__next__(), next(it, "end"))
print(iter(it) is it, hasattr(map, "__iter__"), callable(map))
print(list(zip(*zip("abc", "def"))))
# reduce rebuilds them through their classes
c, args = map(abs, [1]).__reduce__()
print(c is map, len(args))
c, args, *rest = enumerate("ab", 5).__reduce__()
print(c is enumerate, args[1])
print(reversed.__name__, type(reversed([1])).__name__, reversed("ab").__reduce__()[0] is reversed)
sys.stdout.flush()
