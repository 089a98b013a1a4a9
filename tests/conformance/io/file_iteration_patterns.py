import sys
p = sys.argv[1] + "/log.txt"
with open(p, "w") as f:
    for i in range(1, 21):
        level = "ERROR" if i % 7 == 0 else "WARN" if i % 5 == 0 else "INFO"
        f.write(f"{i:03d} {level:<5} event number {i}\n")
with open(p) as f:
    errors = [line.rstrip() for line in f if "ERROR" in line]
print(errors)
with open(p) as f:
    first = next(f)
    second = f.readline()
    rest = list(f)
print(repr(first), repr(second), len(rest), repr(rest[-1]))
with open(p) as f:
    counts = {}
    for line in f:
        lvl = line.split()[1]
        counts[lvl] = counts.get(lvl, 0) + 1
print(sorted(counts.items()))
with open(p) as f:
    chunks = []
    while True:
        c = f.read(100)
        if not c:
            break
        chunks.append(len(c))
print(chunks, sum(chunks))
with open(p) as f:
    print(len(f.readlines()), f.read() == "", f.readline() == "")
