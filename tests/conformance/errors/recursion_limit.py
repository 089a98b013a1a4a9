def countdown(n):
    return countdown(n + 1) + 1
print("recursing")
countdown(0)
