cache = {}
def ways(n, coins):
    key = (n, len(coins))
    if key in cache:
        return cache[key]
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    r = ways(n - coins[0], coins) + ways(n, coins[1:])
    cache[key] = r
    return r
print(ways(100, [50, 25, 10, 5, 1]), ways(300, [200, 100, 50, 20, 10, 5, 2, 1]))
def lcs(a, b, memo=None):
    if memo is None:
        memo = {}
    if not a or not b:
        return ""
    k = (len(a), len(b))
    if k not in memo:
        if a[-1] == b[-1]:
            memo[k] = lcs(a[:-1], b[:-1], memo) + a[-1]
        else:
            x, y = lcs(a[:-1], b, memo), lcs(a, b[:-1], memo)
            memo[k] = x if len(x) >= len(y) else y
    return memo[k]
print(lcs("AGGTAB", "GXTXAYB"), lcs("thisisatest", "testing123testing"))
def partitions(n, maxp=None, memo={}):
    if maxp is None:
        maxp = n
    if n == 0:
        return 1
    if (n, maxp) in memo:
        return memo[(n, maxp)]
    r = sum(partitions(n - k, k) for k in range(1, min(n, maxp) + 1))
    memo[(n, maxp)] = r
    return r
print([partitions(i) for i in range(1, 16)], partitions(60))
