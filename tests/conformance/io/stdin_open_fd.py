# open(0) reads the whole of stdin (a common way to read all input at once); open(1) and
# open(2) write to stdout and stderr.
import sys

with open(0) as f:
    print(f.name, f.mode, f.readable(), f.writable())
    first = f.readline()
    print(repr(first))
    print(repr(f.read(5)))
    f.readline()
    data = f.read().split()
print(data)
n = int(data[0])
print("sum of", n, "=", sum(map(int, data[1:n + 1])))
print("words", data[n + 1:])
sys.stdout.flush()
with open(1, "w", closefd=False) as out:
    print(out.name, out.mode, out.writable(), file=out)
    out.write("written through fd 1\n")
    out.writelines(["a\n", "b\n"])
print("after fd 1")
sys.stdout.flush()
err = open(2, "w", closefd=False)
err.write("to fd 2\n")
err.flush()
for bad in [99, -1]:
    try:
        open(bad)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
