# tell() on a text file that next() is going through fails until the iteration reaches the end
# or an absolute seek; binary files, readline() and full readlines() keep tell() working.
import os
import sys

path = os.path.join(sys.argv[1], "data.txt")
with open(path, "w") as f:
    f.write("alpha\nbeta\ngamma\ndelta\n")


def tell(f):
    try:
        return f.tell()
    except OSError as e:
        return f"OSError: {e}"


with open(path) as f:
    print("start", tell(f))
    for line in f:
        print(repr(line), tell(f))
    print("after loop", tell(f))

with open(path) as f:
    for line in f:
        if line.startswith("b"):
            break
    print("after break", tell(f), repr(f.readline()), tell(f))
    f.seek(0)
    print("after seek(0)", tell(f), repr(next(f)), tell(f))
    try:
        f.seek(0, 1)
    except OSError as e:
        print("seek(0, 1):", e)
    print("seek(0, 2) ->", f.seek(0, 2), tell(f), list(f), tell(f))

with open(path) as f:
    print(f.readline(), tell(f), f.readlines(), tell(f))
with open(path) as f:
    print(f.readlines(8), tell(f))
with open(path) as f:
    print(list(f), tell(f), sorted(open(path))[:1])
with open(path, "rb") as f:
    print(next(f), tell(f), next(iter(f)), tell(f))
with open(path) as f:
    lines = [(tell(f), line.strip()) for line in f]
    print(lines)
with open(path) as f:
    # The usual way to remember positions: readline() in a loop.
    offsets = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        offsets.append((pos, line.strip()))
    print(offsets)
    f.seek(offsets[2][0])
    print(f.readline().strip())
