values = [0, 7, -7, 255, 3.14159, -2.5, 1e10, 1 / 3, 12345.6789]
specs = ["", ">8", "<8", "^8", "+", "08.2f", ".3e", ".2%", ",", "g"]
for v in values:
    row = []
    for s in specs:
        try:
            row.append(f"[{format(v, s)}]")
        except ValueError as e:
            row.append("ERR")
    print(" ".join(row))
for v in [10, 255, 4096]:
    print(format(v, "x"), format(v, "#X"), format(v, "o"), format(v, "#b"), format(v, "_b"), format(v, "c") if v < 300 else "")
print(format("abc", "*^9"), format("abc", ".2"), format(True), format(None), format([1, 2]))
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(3, "s")
except ValueError as e:
    print("ValueError:", e)
