def knapsack(items, cap):
    best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            best[i][c] = best[i - 1][c]
            if w <= c:
                best[i][c] = max(best[i][c], best[i - 1][c - w] + v)
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(i - 1)
            c -= items[i - 1][0]
    return best[-1][-1], sorted(chosen)
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(a, b, edit_distance(a, b))
def lis(seq):
    tails, parent, idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            m = (lo + hi) // 2
            if seq[tails[m]] < x: lo = m + 1
            else: hi = m
        if lo: parent[i] = tails[lo - 1]
        if lo == len(tails): tails.append(i)
        else: tails[lo] = i
    out, k = [], tails[-1]
    while k is not None:
        out.append(seq[k]); k = parent[k]
    return out[::-1]
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 20, 21]))
def coin_change(coins, amount):
    dp = [0] + [float("inf")] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] != float("inf") else -1
print([coin_change([1, 5, 10, 25], n) for n in (0, 3, 30, 99)], coin_change([2], 3))
def grid_paths(r, c, blocked):
    dp = [[0] * c for _ in range(r)]
    for i in range(r):
        for j in range(c):
            if (i, j) in blocked: continue
            if i == 0 and j == 0: dp[i][j] = 1
            else: dp[i][j] = (dp[i - 1][j] if i else 0) + (dp[i][j - 1] if j else 0)
    return dp[-1][-1]
print(grid_paths(3, 3, set()), grid_paths(10, 10, {(2, 2), (5, 5)}), grid_paths(18, 18, set()))
