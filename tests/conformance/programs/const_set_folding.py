# Set displays of constants are built from one frozenset constant, including items that
# CPython's optimizer folds (arithmetic on numbers, string and tuple concatenation).
# Colliding hashes make the construction order visible.
print({5, 3, 1, 100, 33, 64, -1, -2, 2**40})
print({5, 3, 1, 100, 33, 64, -1, -2, 2**40, 17})
print({-1, -2, 8 * 2, 0, 2**3, 1 << 4, 24 // 1, ~-33})
print({(1, 2) + (3,), -2, -1, 7, 15, 23})
print({2**200, -1, -2, 3, 11, 19}, {10**40, -2, -1, 4, 12})
print({1 / 2, -1, -2, 6, 14, 22}, {(1,) * 2, 1, 9, 17, -2, -1})
print({1 // 0 if False else 0, 8, 16, -1, -2})
for x in {64 + 0, 0, 32 * 2 - 64 + 8, -2, -1}:
    print(x, end=" ")
print()
print(-1 in {-2, 2**3, 16}, 2**100 in {2**100, 1, 2})
try:
    print({1, 2, 1 // 0})
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
