parts = ["ab", 3]
print(parts[0] * parts[1])
print(parts[0] * parts[0])
