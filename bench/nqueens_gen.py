"""Count N-queens solutions with recursive generators."""
def solutions(n, row=0, cols=(), d1=(), d2=()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if c in cols or row - c in d1 or row + c in d2:
            continue
        yield from solutions(n, row + 1, cols + (c,), d1 + (row - c,), d2 + (row + c,))
total = 0
checksum = 0
for n in range(4, 12):
    count = 0
    for sol in solutions(n):
        count += 1
        checksum = (checksum * 31 + sum(i * c for i, c in enumerate(sol))) % 1000000007
    print(n, count)
    total += count
print("total", total, "checksum", checksum)
