WORDS = """listen silent enlist inlets google banana tinsel stone tones notes onset seton
evil vile live veil levi dusty study night thing below elbow state taste""".split()
groups = {}
for w in WORDS:
    groups.setdefault("".join(sorted(w)), []).append(w)
multi = sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g))
for g in multi:
    print(len(g), " ".join(g))
print("singletons:", sorted(g[0] for g in groups.values() if len(g) == 1))
def is_anagram(a, b):
    count = {}
    for ch in a.replace(" ", "").lower(): count[ch] = count.get(ch, 0) + 1
    for ch in b.replace(" ", "").lower(): count[ch] = count.get(ch, 0) - 1
    return all(v == 0 for v in count.values())
for a, b in [("Dormitory", "dirty room"), ("The eyes", "They see"), ("Hello", "World"), ("Astronomer", "Moon starer")]:
    print(f"{a!r} ~ {b!r}: {is_anagram(a, b)}")
