"""list.sort and sorted make CPython's comparisons: counted and traced through __lt__ on
runs, reversed runs, sawtooth data, duplicates and random data, with key= and reverse=."""


class Counted:
    calls = 0

    def __init__(self, v, tag=None):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        Counted.calls += 1
        return self.v < other.v

    def __repr__(self):
        return f"{self.v}{self.tag or ''}"


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed


def count(values, **kw):
    items = [Counted(v, i) for i, v in enumerate(values)]
    Counted.calls = 0
    out = sorted(items, **kw)
    assert [x.v for x in out] == sorted(values, **{k: v for k, v in kw.items() if k == "reverse"})
    return Counted.calls, out


rand = lcg(12345)
shapes = {
    "ascending": list(range(2000)),
    "descending": list(range(2000, 0, -1)),
    "asc_then_desc": list(range(1000)) + list(range(1000, 0, -1)),
    "sawtooth_37": [i % 37 for i in range(3000)],
    "mod_10": [i % 10 for i in range(2000)],
    "few_swaps": [i if i % 97 else 3000 - i for i in range(3000)],
    "random": [next(rand) % 100000 for _ in range(3000)],
    "random_dups": [next(rand) % 20 for _ in range(3000)],
    "organ_pipe": list(range(700)) + list(range(700, -1, -1)),
    "two_sorted_halves": sorted(next(rand) % 500 for _ in range(900))
    + sorted(next(rand) % 500 for _ in range(900)),
    "small_65": [next(rand) % 50 for _ in range(65)],
    "small_63": [next(rand) % 50 for _ in range(63)],
}
for name, values in shapes.items():
    n, out = count(values)
    nr, outr = count(values, reverse=True)
    print(f"{name:18} n={len(values):5} compares={n:6} reverse={nr:6}")
    # Stability: equal values keep their original order (tags ascending).
    stable = all(
        a.tag < b.tag for a, b in zip(out, out[1:]) if a.v == b.v
    ) and all(a.tag < b.tag for a, b in zip(outr, outr[1:]) if a.v == b.v)
    print("  stable:", stable, "first:", out[:4], "last:", out[-3:])

# The exact sequence of comparisons on a small mixed input.
trace = []


class Traced:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        trace.append((self.v, other.v))
        return self.v < other.v


data = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4]
sorted(map(Traced, data * 5))
print(len(trace), trace[:12], trace[-6:])

# A key function: keys are compared, items are carried.
words = [f"w{next(rand) % 1000:03d}" for _ in range(500)]
Counted.calls = 0
ranked = sorted(words, key=lambda w: Counted(w[::-1]))
print(Counted.calls, ranked[:5])

# list.sort in place, with an exception part way.
class Bomb:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("unlucky")
        return self.v < other.v


try:
    sorted(Bomb(v) for v in range(100, 0, -1))
except ValueError as e:
    print("ValueError:", e)
