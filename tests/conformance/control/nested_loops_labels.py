# Breaking out of nested loops with flags, functions and for-else.
grid = [[1, 2, 3], [4, 42, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 42:
            found = (r, c)
            break
    else:
        continue
    break
print("found at", found)
def search(g, target):
    for r, row in enumerate(g):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(search(grid, 8), search(grid, 100))
for i in range(3):
    for j in range(3):
        for k in range(3):
            if i + j + k == 4 and i < j < k:
                print("triple", i, j, k)
total = 0
for i in range(10):
    if i % 2:
        continue
    for j in range(i):
        if j > 3:
            break
        total += i * j
print("total", total)
count = 0
while count < 100:
    count += 7
    if count % 5 == 0:
        print("multiple of 35?", count)
        break
