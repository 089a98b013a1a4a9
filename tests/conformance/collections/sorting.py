people = [("Ann", 31, "NY"), ("bob", 25, "LA"), ("Cid", 31, "SF"), ("dee", 22, "NY"), ("Eve", 25, "SF")]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0].lower(), reverse=True))
print([p[0] for p in sorted(people, key=lambda p: p[2])])  # stable
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), sorted(nums, key=lambda n: (n % 2, n)))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
lst = [3, 1, 2]
r = lst.sort()
print(r, lst)
data = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
data.sort(key=lambda d: d["v"])
print([d["n"] for d in data])
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V({self.v})"
print(sorted([V(3), V(1), V(2)]), min(V(5), V(4)), max([V(0), V(9)]))
# stability: multi-pass sort
recs = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
recs.sort(key=lambda r: r[0], reverse=True)
recs.sort(key=lambda r: r[1])
print(recs)
