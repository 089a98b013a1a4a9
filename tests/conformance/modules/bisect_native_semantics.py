# bisect: grading tables, sorted inserts with key=, custom sequences, and the errors.
import bisect


def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100, 60)])

a = [1, 2, 2, 2, 3, 5]
print([bisect.bisect_left(a, x) for x in range(7)], [bisect.bisect_right(a, x) for x in range(7)])
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 2, hi=3),
      bisect.bisect_left(a, 9, lo=1, hi=None), bisect.bisect_left(a, 2, 0, -1), bisect.bisect(a, 2, 0, -5))

records = [(1, "a"), (3, "c"), (5, "e")]
print(bisect.bisect_left(records, 3, key=lambda r: r[0]), bisect.bisect_right(records, 3, key=lambda r: r[0]))
bisect.insort(records, (4, "d"), key=lambda r: r[0])
bisect.insort_left(records, (3, "c2"), key=lambda r: r[0])
bisect.insort_right(records, (3, "c3"), key=lambda r: r[0])
print(records)

words = []
for w in "the quick brown fox jumps over the lazy dog".split():
    bisect.insort(words, w)
print(words)
nums = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort_left(nums, x)
print(nums, bisect.bisect_left("abcdef", "d"), bisect.bisect_right(range(0, 100, 10), 35),
      bisect.bisect((1.5, 2.5), 2))


class Logged(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)


lg = Logged([1, 3])
bisect.insort(lg, 2)
print(lg)


class Squares:
    def __len__(self):
        return 1000

    def __getitem__(self, i):
        return i * i


print(bisect.bisect_left(Squares(), 400), bisect.bisect_right(Squares(), 401))

show("negative lo", lambda: bisect.bisect_left([1, 2], 1, -1))
show("negative lo kw", lambda: bisect.bisect_right([1, 2], 1, lo=-2))
show("insort negative lo", lambda: bisect.insort([1], 1, -1))
show("hi past end", lambda: bisect.bisect_left([1, 2, 3], 2, 0, 10))
show("None seq", lambda: bisect.bisect_left(None, 2))
show("str lo", lambda: bisect.bisect_left([1, 2], 2, "a"))
show("None lo", lambda: bisect.bisect_left([1, 2], 2, None, None))
show("insort tuple", lambda: bisect.insort((1, 2), 2))
show("missing x", lambda: bisect.bisect_left([1]))
show("too many", lambda: bisect.bisect([1, "a"], 1, 0, 2, 5))
show("twice", lambda: bisect.bisect_left([1, 2, 3], 2, x=1))
show("bad keyword", lambda: bisect.insort_left([1, 2, 3], 2, reverse=True))
show("mixed types", lambda: bisect.bisect([1, 2, 3], "2"))
