# Collecting a range too long for memory or for the index range fails at once, as CPython's
# length hint makes it fail, instead of looping; iterating lazily still works.
import sys

for make in (lambda: list(range(2**70)), lambda: tuple(range(2**70)),
             lambda: [*range(2**70)], lambda: sorted(range(2**70)),
             lambda: list(range(-2**80, 0)), lambda: list(range(2**62)),
             lambda: tuple(range(0, 2**63 - 1))):
    try:
        make()
        print("no error")
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, repr(str(e)))

for i in range(2**70, 2**70 + 3):
    print(i)
r = range(2**70)
print(r[-1], r[2**69], len(range(0, 2**70, 2**68)), list(range(2**70, 2**70 + 6, 2)))
print(list(range(sys.maxsize - 2, sys.maxsize)), list(range(5, -3, -2)))
