# __length_hint__ of the built-in container iterators: how many items are left, as the
# iterator is consumed and as its container changes.


def show(label, it):
    name = type(it).__name__
    hints = []
    while True:
        hints.append(it.__length_hint__())
        try:
            next(it)
        except StopIteration:
            break
    print(f"{label:14} {name:22} {hints}")


show("list", iter([10, 20, 30]))
show("tuple", iter((1, 2)))
show("empty list", iter([]))
show("range", iter(range(5)))
show("range step", iter(range(1, 10, 4)))
show("range neg", iter(range(10, 0, -3)))
show("range empty", iter(range(3, 3)))
show("str", iter("héllo"))
show("ascii", iter("abc"))
show("bytes", iter(b"xyz"))
show("bytearray", iter(bytearray(b"ab")))
show("dict", iter({"a": 1, "b": 2, "c": 3}))
show("dict values", iter({"a": 1, "b": 2}.values()))
show("dict items", iter({"a": 1}.items()))
show("set", iter({1, 2, 3, 4}))
show("frozenset", iter(frozenset([5, 6])))
show("reversed list", reversed([1, 2, 3]))
show("reversed tuple", reversed((1, 2, 3, 4)))
show("reversed str", reversed("abc"))
show("reversed range", reversed(range(4)))

# A list iterator follows the list as it grows and shrinks.
items = [1, 2, 3]
it = iter(items)
next(it)
print("after one:", it.__length_hint__())
items.extend([4, 5])
print("list grew:", it.__length_hint__())
del items[:]
print("list cleared:", it.__length_hint__(), list(it))

# A reversed list iterator says 0 once the list got shorter than its position.
items = [1, 2, 3, 4]
it = reversed(items)
next(it)
print("reversed after one:", it.__length_hint__())
items.pop()
items.pop()
print("reversed, list shrank:", it.__length_hint__(), list(it))

# Dict and set iterators say 0 once their container changed size.
d = {"x": 1, "y": 2}
it = iter(d)
d["z"] = 3
print("dict grew:", it.__length_hint__())
s = {1, 2, 3}
it = iter(s)
next(it)
print("set after one:", it.__length_hint__())
s.discard(99)
print("set unchanged:", it.__length_hint__())
s.add(100)
print("set grew:", it.__length_hint__())

# Iterators that cannot know have no __length_hint__.
for obj in [enumerate([1]), zip([1], [2]), map(str, [1]), filter(None, [1]), iter(int, 1)]:
    print(type(obj).__name__, hasattr(obj, "__length_hint__"))


# list() sizes its result from a user iterator's __length_hint__; bad hints are errors.
class Hinted:
    def __init__(self, n, hint):
        self.n, self.hint = n, hint

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def __length_hint__(self):
        return self.hint


print(list(Hinted(3, 100)), list(Hinted(2, NotImplemented)))
for hint in [-1, "3", 2.0]:
    try:
        list(Hinted(2, hint))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
