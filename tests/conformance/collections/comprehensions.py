print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print({x: x ** 3 for x in range(5)})
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([y for row in matrix for y in row])
x = "outer"
print([x for x in "ab"], x)
print([v if v > 0 else 0 for v in [-2, 3, -1, 5]])
words = ["apple", "bob", "kayak", "tree"]
print({w: w == w[::-1] for w in words})
print([(i, c) for i, c in enumerate("xyz") if i != 1])
funcs = [lambda n, k=k: n + k for k in range(3)]
print([f(10) for f in funcs])
print(list(map(lambda t: t[0] * t[1], [(i, i + 1) for i in range(4)])))
print([n for n in range(2, 40) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
