courses = {
    "ann": {"math", "physics", "art"},
    "bob": {"math", "history"},
    "cid": {"art", "history", "music", "math"},
    "dee": {"biology"},
}
everyone = set.intersection(*courses.values()) if courses else set()
print("taken by all:", sorted(everyone))
print("taken by anyone:", sorted(set.union(*courses.values())))
for a in sorted(courses):
    for b in sorted(courses):
        if a < b:
            common = courses[a] & courses[b]
            j = len(common) / len(courses[a] | courses[b])
            print(f"{a}-{b}: common={sorted(common)} jaccard={j:.2f}")
only = {n: sorted(c - set.union(*(o for m, o in courses.items() if m != n))) for n, c in courses.items()}
print(only)
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(sorted(set(nums)), len(nums) - len(set(nums)), sorted({x for x in nums if nums.count(x) > 1}))
a = set(range(0, 30, 2)); b = set(range(0, 30, 3))
print(sorted(a & b), sorted(a ^ b)[:6], len(a | b), min(a - b), max(b - a))
seen, dups = set(), []
for x in nums:
    (dups.append(x) if x in seen else seen.add(x))
print(dups)
