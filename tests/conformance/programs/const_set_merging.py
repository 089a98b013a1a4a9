# Equal set displays of constants share one frozenset constant across the module, so a later
# display takes the item order of the first one, even in another function or after a
# membership test. Colliding hashes (1, 9, 17 in an 8-slot table) make the order visible.
print({17, 9, 1}, {1, 9, 17}, {9, 17, 1})
print(5 in {24, 16, 8}, {8, 16, 24}, {16, 24, 8})


def later():
    return {1, 17, 9}, {3, 11, 19}


print(later())
for x in {19, 11, 3}:
    print(x, end=" ")
print()
print({(1, 2), 0, 8, 16}, {16, 8, 0, (1, 2)})
# Different types are different constants, and so are the signs of zero.
print({1.0, 9, 17}, {17, 9, 1.0}, {17.0, 9.0, 1.0})
print({-0.0, 8, 16}, {16, 8, 0.0}, {True, 9, 17}, {17, 9, True})
print({-1, -9, -17}, {-17, -9, -1}, {1, 1, 9, 17}, {17, 9, 1, 9})
