data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list has {n} elements")
values = iter(["a", "b", "", "c"])
while (v := next(values)):
    print("got", v)
print([y for x in range(10) if (y := x * x) % 3 == 0])
stats = [(s, total) for s in data if (total := s * 10) > 30]
print(stats, total)
def parse(lines):
    out = []
    for line in lines:
        if (idx := line.find("=")) != -1:
            out.append((line[:idx].strip(), line[idx + 1:].strip()))
    return out
print(parse(["a = 1", "junk", "b=2", " c = three "]))
chunks = []
buf = list(range(10))
while (chunk := buf[:3]):
    chunks.append(chunk)
    buf = buf[3:]
print(chunks)
print((z := 5) + z, z)
