def find_factor(n):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            print(f"{n} = {d} * {n // d}")
            break
    else:
        print(f"{n} is prime")
for n in [2, 9, 17, 91, 97, 1001]:
    find_factor(n)
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while finished normally", i)
i = 0
while True:
    i += 1
    if i > 3:
        break
print("broke at", i)
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print(outer, inner)
for x in []:
    print("never")
else:
    print("else on empty for")
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
