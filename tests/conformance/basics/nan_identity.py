# Each float("nan") is a new object: containment and sequence equality try identity
# before ==, so a NaN is found only as itself.
import math

x = float("nan")
print(float("nan") in [float("nan")], x in [x], x == x, x != x)
print([x] == [x], (x,) == (x,), x in (x,), x in {x}, x in {x: 1})
print([float("nan")] == [float("nan")], [x].count(x), [x].index(x), [x, float("nan")].count(x))
print(len({float("nan"), float("nan")}), len({x, x}), len({x: 1, float("nan"): 2}))
print(x is x, float("nan") is float("nan"), math.nan is math.nan, math.nan in [math.nan])
print(x, -x, float("-nan"), repr(float("NaN")), f"{x:.2f}", format(x, "e"), abs(x), math.isnan(x))
print(math.copysign(1, float("-nan")), math.copysign(1, x), float("nan").hex())
print(sorted([3, 1, 2]), max(1, 2), x > 1, x < 1)
nans = [float("nan") for _ in range(3)]
print(sum(1 for n in nans if n in nans), nans.count(float("nan")))
