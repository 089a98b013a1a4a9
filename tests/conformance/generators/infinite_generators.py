def naturals(start=0):
    while True:
        yield start
        start += 1
def take(n, it):
    return [x for _, x in zip(range(n), it)]
def cycle(seq):
    while True:
        yield from seq
def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total
def islice(it, start, stop, step=1):
    for i, x in enumerate(it):
        if i >= stop: return
        if i >= start and (i - start) % step == 0: yield x
def pairwise(it):
    it = iter(it)
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x
print(take(10, naturals(5)), take(7, cycle("abc")), take(8, accumulate(naturals(1))))
print(list(islice(naturals(), 10, 30, 4)), list(pairwise("abcd")))
triangular = accumulate(naturals(1))
print([t for t in take(30, triangular) if t % 2 == 0][:8])
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:15], len(list(collatz(27))), max(collatz(27)))
best = max(range(1, 10000), key=lambda n: sum(1 for _ in collatz(n)))
print(best)
