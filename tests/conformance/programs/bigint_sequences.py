def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(100), fib(300))
print(len(str(fib(5000))), str(fib(5000))[:30])
f = 1
for i in range(1, 101): f *= i
print(f)
print(sum(int(d) for d in str(f)), str(f).count("0"), len(str(f)) - len(str(f).rstrip("0")))
print(2 ** 1000 % 1000007, sum(map(int, str(2 ** 1000))))
def catalan(n):
    c = 1
    for k in range(n):
        c = c * 2 * (2 * k + 1) // (k + 2)
    return c
print([catalan(i) for i in range(15)], catalan(100))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
root2 = isqrt(2 * 10 ** 100)
print(root2)
def binom(n, k):
    r = 1
    for i in range(1, k + 1):
        r = r * (n - i + 1) // i
    return r
print(binom(100, 50), binom(1000, 3))
print(pow(7, 10 ** 18, 10 ** 9 + 9), (3 ** 333) // (3 ** 330), -(2 ** 100) // 3, -(2 ** 100) % 3)
