items = ["apple", "banana", "cherry", "date"]
for i in range(len(items) - 1, -1, -1):
    print(i, items[i])
for a, b in zip(items, items[1:]):
    print(f"{a} -> {b}")
for i, item in enumerate(items):
    if i % 2:
        continue
    print("even index", item)
total = 0
for n in range(1, 1001):
    if n % 3 == 0 or n % 5 == 0:
        total += n
print("euler 1:", total)
a, b, s = 1, 2, 0
while b <= 4_000_000:
    if b % 2 == 0:
        s += b
    a, b = b, a + b
print("euler 2:", s)
n, largest, f = 600851475143, 1, 2
while f * f <= n:
    while n % f == 0:
        largest, n = f, n // f
    f += 1
print("euler 3:", max(largest, n))
pal = max(a * b for a in range(900, 1000) for b in range(a, 1000) if str(a * b) == str(a * b)[::-1])
print("euler 4:", pal)
