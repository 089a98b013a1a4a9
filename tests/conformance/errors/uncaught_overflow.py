n = 10
for i in range(6):
    n = n ** 3
    print(i, len(str(n)), float(n) if i < 3 else "...")
print(float(n))
