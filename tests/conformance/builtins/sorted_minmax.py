students = [("ann", 91, 20), ("bob", 78, 22), ("cid", 91, 19), ("dee", 85, 21)]
print(sorted(students, key=lambda s: s[1]))
print(sorted(students, key=lambda s: (-s[1], s[2])))
print(max(students, key=lambda s: s[1]), min(students, key=lambda s: s[2]))
print(max(students, key=lambda s: s[1])[0], [s[0] for s in sorted(students, key=lambda s: s[0], reverse=True)])
print(min(5, 3, 8), max(5, 3, 8), min("b", "a"), max([[1, 2], [1, 3]]), min((2, 1), (1, 9)))
print(max([], default=0), min((), default="none"), max([7], default=0))
print(sorted({3: "c", 1: "a", 2: "b"}.items()), sorted("bca"), sorted((-1, 3, -5), key=abs))
words = "The quick brown Fox jumps over the Lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w.lower())))
print(max(words, key=len), min(words, key=len), sorted(words, key=len, reverse=True)[:3])
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
