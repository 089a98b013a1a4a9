# Common string-building idioms.
parts = []
for i in range(1, 11):
    parts.append(f"{i}^2={i * i}")
print("; ".join(parts))
s = ""
for ch in "abcdef":
    s += ch.upper() + ch
print(s)
lines = ["first", "second", "third"]
print("\n".join(f"{n:>2}. {line}" for n, line in enumerate(lines, 1)))
word = "racecar"
print(word == word[::-1], "Palindrome" if word == "".join(reversed(word)) else "no")
print("-" * 20, "=" * 0, "ab" * 3, 3 * "xy")
csv = "name,age,city\nann,30,paris\nbob,25,rome"
rows = [line.split(",") for line in csv.splitlines()]
header, *body = rows
for row in body:
    print(dict(zip(header, row)))
print(" ".join(w.capitalize() for w in "the grand old duke".split()))
print(str(123) + str(4.5) + str(None) + str([1]) + str((1,)) + str({"a": 1}))
acr = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acr)
print(len("a" * 1000), ("ab" * 500).count("ba"))
