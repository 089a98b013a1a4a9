def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n: lo = mid
        else: hi = mid - 1
    return lo
print([isqrt(n) for n in (0, 1, 15, 16, 17, 10 ** 10, 2 ** 64)])
def digits(n):
    out = []
    while True:
        n, d = divmod(n, 10)
        out.append(d)
        if n == 0: break
    return out[::-1]
print(digits(0), digits(907), digits(2 ** 40))
def gcd_steps(a, b):
    steps = 0
    while b:
        a, b = b, a % b
        steps += 1
    return a, steps
print(gcd_steps(1071, 462), gcd_steps(832040, 514229))
def happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1
print([n for n in range(1, 50) if happy(n)])
n, count = 1, 0
while count < 10:
    n += 1
    if str(n) == str(n)[::-1] and n > 10:
        count += 1
        print(n, end=" ")
print()
