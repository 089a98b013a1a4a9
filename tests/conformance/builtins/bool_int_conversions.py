vals = [0, 1, -1, 2, 0.0, -0.0, 0.1, "", "0", "False", [], [[]], (), ((),), {}, set(), None, float("nan"), 0j]
for v in vals:
    print(f"{v!r:<12} bool={bool(v)!s:<5} not={not v!s:<5}")
print(sum([True, True, False, True]), True + 0.5, int("1") == True, [True] * 3, str(True).lower())
print(int(True), float(False), complex(True), bool(int("0")), bool("".strip()), max(True, 2), min(False, -1))
print(sorted([True, False, 2, -1, 0.5]), True in [1], 1 in [True], {True: "yes"}.get(1))
