import sys
tmp = sys.argv[1]
path = tmp + "/notes.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.writelines(["third\n", "fourth\n"])
    print("wrote", n, "chars first", f.closed)
print("closed after with:", f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"))
with open(path, "a") as f:
    f.write("appended\n")
with open(path, "r") as f:
    lines = f.read().splitlines()
print(len(lines), lines[-1])
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(6)), repr(f.readline()))
