names = ["ann", "bob", "cid"]
scores = [88, 92, 79]
ages = [31, 25]
for i, name in enumerate(names):
    print(i, name)
for rank, (name, score) in enumerate(sorted(zip(names, scores), key=lambda p: -p[1]), start=1):
    print(f"#{rank} {name} {score}")
print(list(zip(names, ages)), dict(zip(names, scores)), list(zip(*[(1, "a"), (2, "b")])))
print(list(enumerate(zip("xy", "pq"))))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(col) for col in zip(*matrix)], [row[i] for i, row in enumerate(matrix)])
print([a * b for a, b in zip(range(1, 5), range(5, 9))], sum(a * b for a, b in zip([1, 2], [3, 4])))
print(max(zip(scores, names)), min(enumerate(scores), key=lambda p: p[1]))
