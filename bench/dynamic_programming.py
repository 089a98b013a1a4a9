"""Dynamic programming: LCS table, edit distance rows and a memoised knapsack over tuples."""
def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        ai = a[i - 1]
        row, prev = dp[i], dp[i - 1]
        for j in range(1, n + 1):
            if ai == b[j - 1]:
                row[j] = prev[j - 1] + 1
            else:
                row[j] = max(prev[j], row[j - 1])
    return dp[m][n]

def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]

import random
random.seed(5)
s = "".join(random.choice("ACGT") for _ in range(600))
t = "".join(random.choice("ACGT") for _ in range(600))
knap = {}
def ks(i, w, items):
    if i == len(items) or w == 0:
        return 0
    key = (i, w)
    if key in knap:
        return knap[key]
    wt, val = items[i]
    best = ks(i + 1, w, items)
    if wt <= w:
        best = max(best, val + ks(i + 1, w - wt, items))
    knap[key] = best
    return best
items = [(random.randint(1, 30), random.randint(1, 100)) for _ in range(60)]
print(lcs(s, t), edit(s[:300], t[:300]), ks(0, 500, items))
