# Floor division and modulo over a grid of signed operands, with invariants.
ops = [-7, -3, -1, 1, 2, 3, 7]
print("a\\b " + "".join(f"{b:>9}" for b in ops))
for a in range(-9, 10, 3):
    cells = []
    for b in ops:
        q, r = a // b, a % b
        assert a == q * b + r and (r == 0 or (r > 0) == (b > 0))
        cells.append(f"{q:>4},{r:<4}")
    print(f"{a:>4} " + "".join(cells))
for a, b in [(7.0, 2), (-7.0, 2), (7, -2.0), (0.3, 0.1), (-0.0, 1)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-(7 // 2), -7 // 2, int(-7 / 2), round(-7 / 2))
