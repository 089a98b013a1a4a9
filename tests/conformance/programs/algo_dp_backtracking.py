from functools import lru_cache, cache
import sys
sys.setrecursionlimit(5000)

def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        ai = a[i]; row = dp[i]; nxt = dp[i + 1]
        for j in range(n):
            nxt[j + 1] = row[j] + 1 if ai == b[j] else max(row[j + 1], nxt[j])
    i, j = m, n; out = []
    while i and j:
        if a[i-1] == b[j-1]:
            out.append(a[i-1]); i -= 1; j -= 1
        elif dp[i-1][j] >= dp[i][j-1]:
            i -= 1
        else:
            j -= 1
    return dp[m][n], ''.join(reversed(out))

s1 = ''.join(chr(97 + (i * 7 + i // 3) % 26) for i in range(400))
s2 = ''.join(chr(97 + (i * 11 + i // 5) % 26) for i in range(400))
print(lcs(s1, s2)[0], lcs("AGGTAB", "GXTXAYB"))

@lru_cache(maxsize=None)
def edit(a, b):
    if not a: return len(b)
    if not b: return len(a)
    if a[0] == b[0]: return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))
print(edit("kitten", "sitting"), edit("intention", "execution"), edit("sunday saturday", "saturday sunday"), edit.cache_info())

def knapsack(items, cap):
    dp = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            if dp[c - w] + v > dp[c]:
                dp[c] = dp[c - w] + v
    return dp[cap]
items = [((i * 37) % 23 + 1, (i * 53) % 31 + 1) for i in range(100)]
print(knapsack(items, 500), knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))

memo = {}
def count_paths(r, c):
    if r == 0 or c == 0: return 1
    key = (r, c)
    if key not in memo:
        memo[key] = count_paths(r - 1, c) + count_paths(r, c - 1)
    return memo[key]
print(count_paths(30, 30), count_paths(100, 100), len(memo))

@cache
def partitions(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 20)], partitions(300, 300))

def coin_change(coins, amt):
    INF = float('inf'); dp = [0] + [INF] * amt
    for a in range(1, amt + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amt] if dp[amt] != INF else -1
print(coin_change([1, 5, 10, 25], 9999), coin_change([2], 3), coin_change([186, 419, 83, 408], 6249))

def lis(seq):
    import bisect
    tails = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails): tails.append(x)
        else: tails[i] = x
    return len(tails)
seq = [(i * 7919) % 1009 for i in range(5000)]
print(lis(seq))

def matrix_chain(dims):
    n = len(dims) - 1
    dp = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            dp[i][j] = min(dp[i][k] + dp[k+1][j] + dims[i]*dims[k+1]*dims[j+1] for k in range(i, j))
    return dp[0][n-1]
print(matrix_chain([40, 20, 30, 10, 30]), matrix_chain([(i * 13) % 50 + 5 for i in range(60)]))

def n_queens(n):
    cols = set(); d1 = set(); d2 = set(); sols = []; board = []
    def place(r):
        if r == n:
            sols.append(board[:]); return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2: continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.discard(c); d1.discard(r - c); d2.discard(r + c); board.pop()
    place(0)
    return sols
s8 = n_queens(8)
print(len(s8), s8[0], s8[-1], len(n_queens(9)))

def permutations(xs):
    if len(xs) <= 1:
        yield list(xs); return
    for i in range(len(xs)):
        for p in permutations(xs[:i] + xs[i+1:]):
            yield [xs[i]] + p
ps = list(permutations([1, 2, 3, 4, 5, 6]))
print(len(ps), ps[:3], ps[-1])

def subset_sum(nums, target):
    res = []
    def bt(i, cur, total):
        if total == target: res.append(tuple(cur)); return
        if i == len(nums) or total > target: return
        cur.append(nums[i]); bt(i + 1, cur, total + nums[i]); cur.pop()
        bt(i + 1, cur, total)
    bt(0, [], 0)
    return res
print(subset_sum([3, 34, 4, 12, 5, 2, 7, 8, 1], 15)[:6], len(subset_sum(list(range(1, 20)), 30)))

grid = ["530070000", "600195000", "098000060", "800060003", "400803001", "700020006", "060000280", "000419005", "000080079"]
board = [[int(c) for c in row] for row in grid]
def ok(b, r, c, v):
    if v in b[r]: return False
    if any(b[i][c] == v for i in range(9)): return False
    br, bc = 3 * (r // 3), 3 * (c // 3)
    return all(b[i][j] != v for i in range(br, br + 3) for j in range(bc, bc + 3))
def solve(b):
    for r in range(9):
        for c in range(9):
            if b[r][c] == 0:
                for v in range(1, 10):
                    if ok(b, r, c, v):
                        b[r][c] = v
                        if solve(b): return True
                        b[r][c] = 0
                return False
    return True
print(solve(board)); print('\n'.join(''.join(map(str, r)) for r in board))
