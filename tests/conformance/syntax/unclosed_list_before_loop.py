# A list literal that lost its closing bracket before a loop.
import sys

names = ["ada", "grace", "linus"
for name in names:
    print(name.title())
