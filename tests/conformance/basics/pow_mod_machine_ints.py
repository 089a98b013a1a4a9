# Three-argument pow with machine-size operands: signs of base, exponent and modulus,
# inverses (a negative exponent), and the limits of 64-bit values.
vals = [0, 1, -1, 2, -2, 3, 7, 10, 97, 2**31 - 1, 2**32, 2**62, 2**63 - 1, -2**63,
        -2**63 + 1, 10**9 + 7, -(10**9 + 7), 6, 12, 2**61 - 1]
count = 0
total = 0
for b in vals:
    row = []
    for e in vals:
        for m in vals:
            if m == 0:
                continue
            try:
                r = pow(b, e, m)
                total = (total * 31 + r) % (2**89 - 1)
            except ValueError as ex:
                r = "x"
            count += 1
            if len(row) < 12:
                row.append(r)
    print(b, row)
print(count, total)
seed = 7
for _ in range(300):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    b = seed - 2**63
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    e = seed >> (seed % 64) if seed % 5 else -(seed % 3) - 1
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    m = [seed - 2**63, seed % 1000 + 1, 2**61 - 1, -(seed % 97) - 1][seed % 4]
    try:
        print(b, e, m, pow(b, e, m))
    except ValueError as ex:
        print(b, e, m, ex)
print(pow(True, 2, 5), pow(2, True, 3), pow(5, 2, True), pow(3, 4, 2**64), pow(2**64, 2, 7))
print([pow(k, -1, 11) for k in range(1, 11)], pow(0, -1, 1), pow(5, 0, 1), pow(5, 0, -1))
for args in [(2, 3, 0), (2, -1, 4), (0, -1, 5), (6, -2, -9)]:
    try:
        print(pow(*args))
    except ValueError as ex:
        print(type(ex).__name__, ex)
