scores = {"ann": [90, 85, 77], "bob": [60, 75], "cid": [88, 92, 95, 79], "dee": []}
avg = {n: sum(s) / len(s) for n, s in scores.items() if s}
print({n: round(a, 2) for n, a in avg.items()})
print({n: ("pass" if a >= 75 else "fail") for n, a in avg.items()})
print(sorted(avg, key=avg.get, reverse=True))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
grid = {(x, y): x * y for x in range(3) for y in range(3) if x != y}
print(grid)
print({k: v for k, v in zip("abcde", range(5)) if v % 2 == 0})
print(dict(sorted({"z": 1, "a": 3, "m": 2}.items(), key=lambda kv: kv[1])))
nested = {outer: {inner: outer * inner for inner in range(1, 4)} for outer in range(1, 3)}
print(nested)
words = "one two three four five six seven".split()
print({len(w): w for w in words})
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
