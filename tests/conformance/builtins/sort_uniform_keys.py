"""sorted() and list.sort() on uniform keys (all ints, all floats, all strs): order,
stability under reverse=True and key=, and the mixed or NaN cases."""
import random

rng = random.Random(11)
ints = [rng.randint(-50, 50) for _ in range(200)]
print(sorted(ints)[:15], sorted(ints, reverse=True)[:15])
pairs = [(rng.randint(0, 5), i) for i in range(40)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
floats = [0.0, -0.0, 1.5, -2.25, float("inf"), -float("inf"), 1e-300, -1e-300, 0.0, -0.0, 3.0]
print(sorted(floats), sorted(floats, reverse=True))
tagged = [(f, i) for i, f in enumerate(floats)]
print(sorted(tagged, key=lambda t: t[0]))
print(sorted(tagged, key=lambda t: t[0], reverse=True))
words = "the quick brown fox jumps over the lazy dog Zebra apple Äpfel éclair zoo".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted(["b", "a", "ab", "", "B", "\U0001F600", "\uffff"]))
print(sorted([3, 1.5, 2, True, -1.0]), sorted([2**70, 5, -2**65, 0]))
nan = float("nan")
print(len(sorted([3.0, nan, 1.0, 2.0])), sorted([1, 2, 3], key=lambda x: -x))
big = [rng.random() for _ in range(1000)]
s = sorted(big)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), s[0] == min(big), s[-1] == max(big))
xs = list(range(30, 0, -1))
xs.sort(key=lambda v: v % 4)
print(xs)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
sorted(["x", 1])
