import sys
p = sys.argv[1] + "/printed.txt"
with open(p, "w") as f:
    print("hello", "file", sep=", ", file=f)
    print(1, 2, 3, file=f, end="!\n")
    for i in range(3):
        print(f"row {i}", file=f)
with open(p) as f:
    content = f.read()
print(content, end="")
print(len(content.splitlines()), "lines")
print("done", file=sys.stdout)
