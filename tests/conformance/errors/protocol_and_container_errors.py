# Errors from special-method protocols and container methods: wrong return types of
# __index__/__int__/__float__, membership tests on objects that support none of the
# protocols, and argument checks of sorted, enumerate, set and dict methods.


def attempt(label, fn):
    try:
        result = fn()
        print(f"{label}: ok {result!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


class Version:
    def __init__(self, text):
        self.text = text

    def __int__(self):
        return self.text

    def __float__(self):
        return self.text

    def __index__(self):
        return self.text


class GoodIndex:
    def __index__(self):
        return 1


class Inventory:
    def __init__(self):
        self.items = ["apple", "pear"]


class Shelf:
    def __init__(self):
        self.items = ["apple", "pear"]

    def __iter__(self):
        return iter(self.items)


attempt("int() of __int__ str", lambda: int(Version("3")))
attempt("float() of __float__ str", lambda: float(Version("3.5")))
attempt("index with bad __index__", lambda: [10, 20][Version("1")])
attempt("index with good __index__", lambda: [10, 20][GoodIndex()])
attempt("in plain object", lambda: "apple" in Inventory())
attempt("in iterable object", lambda: "apple" in Shelf())
attempt("not in plain object", lambda: "kiwi" not in Inventory())

scores = [("ann", 3), ("bob", 1), ("cy", 2)]
attempt("sorted reverse None", lambda: sorted(scores, reverse=None))
attempt("sorted reverse str", lambda: sorted(scores, reverse="yes"))
attempt("sorted reverse 1", lambda: sorted(scores, key=lambda p: p[1], reverse=1))
attempt("list.sort reverse None", lambda: list(scores).sort(reverse=None))
attempt("enumerate str start", lambda: list(enumerate("ab", "1")))
attempt("enumerate float start", lambda: list(enumerate("ab", 1.0)))
attempt("enumerate start", lambda: list(enumerate("ab", start=5)))
attempt("enumerate missing", lambda: enumerate())

tags = {"a", "b"}
attempt("set.union keyword", lambda: tags.union(other={"c"}))
attempt("set.update keyword", lambda: tags.update(items=["c"]))
attempt("set.intersection keyword", lambda: tags.intersection(x=1))
attempt("set.clear argument", lambda: tags.clear(1))
attempt("set.copy argument", lambda: tags.copy(1))
attempt("set.union many", lambda: sorted(tags.union("c", ["d"])))
attempt("dict.update two", lambda: {}.update({"a": 1}, {"b": 2}))
attempt("dict.update kw", lambda: sorted({}.update(a=1) or {"a": 1}))

attempt("float of bad bytes", lambda: float(b"12x"))
attempt("float of bytes", lambda: float(b" 1.25 "))
attempt("int of bad bytes", lambda: int(b"12x"))

row = [1, 2, 3, 4]
attempt("slice assign int", lambda: row.__setitem__(slice(0, 2), 5))
attempt("extended slice assign int", lambda: row.__setitem__(slice(0, 4, 2), 5))
attempt("slice assign str", lambda: (row.__setitem__(slice(0, 2), "xy"), row)[1])

stock = {"apple": 3}
print("apple" in Inventory().items, "kiwi" in Inventory())
