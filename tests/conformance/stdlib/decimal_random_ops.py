# decimal: seeded random operands through the arithmetic, rounding and formatting paths.
from decimal import Decimal as D, getcontext, ROUND_HALF_UP
import random
random.seed(4)
getcontext().prec = 28
for i in range(200):
    a = D(random.randint(-10**8, 10**8)).scaleb(random.randint(-12, 6))
    b = D(random.randint(1, 10**6)).scaleb(random.randint(-6, 3))
    print(a + b, a - b, a * b, a / b, a // b, a % b, a.quantize(D("0.01"), rounding=ROUND_HALF_UP), abs(a).sqrt(), round(a, 3), f"{a:,.4f}", f"{b:.3e}", f"{a:g}")
for x in ["0.5", "1", "2", "3.75", "10", "100", "0.001", "12345.678", "-2.5", "1e-10", "7e5"]:
    d = D(x)
    print(x, d.exp(), abs(d).ln() if d else None, abs(d).log10() if d else None, abs(d) ** D("1.5"), abs(d) ** D("-0.25"))
getcontext().prec = 50
print(D(2).sqrt(), D(1).exp(), D(2).ln(), D(10).ln(), D(3).log10(), D(2) ** D("0.5"), D(1) / D(7))
getcontext().prec = 5
print(D(2).sqrt(), D(1).exp(), D(2).ln(), D("123.456") * 1, D(1) / D(7), D("99999.5") + 0, D("1.23456e10") + 0)
