# Exit statuses taken from SystemExit's code: out-of-range ints, a huge int (status 255,
# nothing printed), after output and atexit-free cleanup in finally blocks.
import sys

results = []
for code in [0, 1, 3, 255, 256, -1, True, None]:
    try:
        sys.exit(code)
    except SystemExit as e:
        results.append((code, e.code))
print(results)
try:
    try:
        print("working")
        sys.exit(2 ** 70)
    finally:
        print("cleanup runs first")
except SystemExit as e:
    print("caught huge code:", e.code > 2 ** 64)
    raise
