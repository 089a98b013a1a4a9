# CPython's compiler warns (SyntaxWarning, on stderr) about likely mistakes; the program
# runs anyway. It exits with status 3 so the last line of stderr is checked: the source
# line of the last warning.
import sys

x = 5
print(x is -1, x is (1, 2), x is (), x is None, x is True, x is ..., x is [], x is not b"")
checks = []
try:
    "abc"["a"]
except TypeError as e:
    checks.append(str(e))
try:
    [1, 2][1, 2]
except TypeError as e:
    checks.append(str(e))
try:
    5[0]
except TypeError as e:
    checks.append(str(e))
try:
    None()
except TypeError as e:
    checks.append(str(e))
print(checks)
print("abc"[True], "abc"[0:1], [1][-1], (1, 2)[x - 4])


def is_zero(n):
    return n is 0


print(is_zero(0), 1 if x is 0 else 2)
assert (x, "always true")
sys.exit(3)
