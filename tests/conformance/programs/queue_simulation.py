class LCG:
    def __init__(self, seed): self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def randint(self, lo, hi): return lo + self.next() % (hi - lo + 1)
rng = LCG(2024)
print([rng.randint(1, 6) for _ in range(20)])
tellers = [0, 0, 0]
waits = []
t = 0
for customer in range(200):
    t += rng.randint(0, 4)
    service = rng.randint(2, 10)
    i = min(range(len(tellers)), key=lambda k: tellers[k])
    start = max(t, tellers[i])
    waits.append(start - t)
    tellers[i] = start + service
print("customers", len(waits), "max wait", max(waits), "avg wait %.3f" % (sum(waits) / len(waits)))
hist = {}
for w in waits:
    b = w // 5 * 5
    hist[b] = hist.get(b, 0) + 1
for b in sorted(hist):
    print(f"{b:>3}-{b + 4:<3} {'#' * (hist[b] // 2)} {hist[b]}")
print("teller finish times", tellers)
