# sorted() and list.sort() make CPython's comparisons in CPython's order (a tracing __lt__
# shows them), reverse=True included, and stay stable.
calls = []


class Key:
    def __init__(self, v, tag=""):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        calls.append(f"{self.v}<{other.v}")
        return self.v < other.v

    def __repr__(self):
        return f"{self.v}{self.tag}"


def trace(label, values, **kw):
    calls.clear()
    result = sorted([Key(v) for v in values], **kw)
    print(f"{label:12} {result} {len(calls)} {' '.join(calls)}")


trace("mixed", [5, 3, 8, 1, 9, 2, 7])
trace("ascending", [1, 2, 3, 4, 5])
trace("descending", [5, 4, 3, 2, 1])
trace("desc run", [9, 7, 5, 6, 8])
trace("equal", [2, 2, 1, 2])
trace("reverse", [5, 3, 8, 1, 9], reverse=True)
trace("two", [2, 1])
trace("one", [1])

calls.clear()
items = [Key(3, "a"), Key(1, "b"), Key(3, "c"), Key(1, "d"), Key(2, "e")]
items.sort(reverse=True)
print(items, len(calls))
items.sort()
print(items, len(calls))

calls.clear()
words = ["pear", "Fig", "apple", "fig", "Apple"]
print(sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
big = [Key((i * 37) % 101) for i in range(80)]
ordered = sorted(big)
print([k.v for k in ordered][:10], all(a.v <= b.v for a, b in zip(ordered, ordered[1:])))
