LOG = """2024-01-01 INFO start
2024-01-01 ERROR disk full
2024-01-02 WARN slow
2024-01-02 ERROR timeout
2024-01-03 INFO done
2024-01-03 ERROR disk full"""
def read(text):
    for line in text.splitlines():
        yield line
def parse(lines):
    for line in lines:
        date, level, msg = line.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}
def only(level, recs):
    return (r for r in recs if r["level"] == level)
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
errors = list(only("ERROR", parse(read(LOG))))
for e in errors:
    print(e["date"], e["msg"])
counts = {}
for r in parse(read(LOG)):
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(sorted(counts.items()))
for b in batched(range(10), 4):
    print(b)
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window("abcdef", 3)))
def integers():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    for n in integers():
        if n > 1 and all(n % p for p in range(2, int(n ** 0.5) + 1)):
            yield n
p = primes()
print([next(p) for _ in range(20)])
