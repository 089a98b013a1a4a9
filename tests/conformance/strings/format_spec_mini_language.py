specs = ["", "<10", ">10", "^10", "=+10", "+", "-", " ", "#x", "#o", "#b", "010", ",", "_", ".3", "10.2f", "e", "E", "g", "G", "%", ".0f", "x", "c"]
for v in [42, -42, 3.14159, -0.001, 1234567.891, 255]:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError, OverflowError):
            row.append("ERR")
    print(repr(v))
    for s, r in zip(specs, row):
        print(f"   {s!r:<8} [{r}]")
