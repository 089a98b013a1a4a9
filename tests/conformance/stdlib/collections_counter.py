# collections.Counter: counting, most_common, elements, updates and multiset arithmetic.
from collections import Counter

c = Counter("gallahad")
print(c)
print(sorted(c.items()), c["a"], c["z"], len(c), "z" in c)
print(Counter(), Counter({"red": 4, "blue": 2}), Counter(cats=4, dogs=8))
print(Counter(["b", "a", "b", "c", "a", "b"]).most_common())
words = "the quick brown fox jumps over the lazy dog the fox".split()
wc = Counter(words)
print(wc.most_common(3), wc.most_common(0), wc.most_common(-1))
print(wc.total(), sum(wc.values()))
print(sorted(Counter(a=3, b=1, c=0, d=-2).elements()))
print(list(Counter("abca").elements()))

c = Counter(a=4, b=2, c=0, d=-2)
d = Counter(a=1, b=2, c=3, d=4)
c.subtract(d)
print(c)
c.subtract(["a", "a"])
c.subtract(b=5)
print(c)
c.update(["a", "e"])
c.update({"b": 10})
c.update(z=1)
print(c)
e = Counter()
e.update({"x": 2})
print(e)
del c["nonexistent"]
del c["z"]
print(c)
c["new"] += 1
print(c["new"], c)

print("arithmetic")
c = Counter(a=3, b=1)
d = Counter(a=1, b=2)
print(c + d, c - d, c & d, c | d)
print(d - c, +Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
x = Counter(a=1, b=2)
x += Counter(b=-3, c=1)
print(x)
x -= Counter(a=5)
print(x)
y = Counter(a=1, b=5)
y |= Counter(a=3, c=2)
print(y)
y &= Counter(a=2, b=9)
print(y)
print(Counter("abc") + Counter("bcd"))

print("comparisons")
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1})
print(Counter(a=1) <= Counter(a=1, b=2), Counter(a=1, b=2) < Counter(a=1), Counter(a=2) > Counter(a=1))
print(Counter(a=1, b=2) >= Counter(b=2))

print("misc")
c = Counter("mississippi")
cc = c.copy()
cc["m"] = 10
print(c, cc)
print(dict(c), list(c), isinstance(c, dict))
print(Counter({"a": 1.5, "b": 0.5}).most_common())
print(sorted(Counter(x % 3 for x in range(10)).items()))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    hash(Counter())
except TypeError as e:
    print("TypeError", e)
text = "It was the best of times it was the worst of times".lower().split()
freq = Counter()
for w in text:
    freq[w] += 1
print(freq.most_common(4))
letters = Counter()
for i in range(30000):
    letters[i % 17] += 1
print(letters.most_common(3), letters.total())
big = Counter(i % 101 for i in range(50000))
print(len(big), big[0], big[100], big.most_common(1))
print(Counter("anagram") == Counter("nagaram"), Counter("rat") == Counter("car"))
