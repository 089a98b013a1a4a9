# decimal: construction, context rounding, arithmetic, quantize, formatting, signals, sqrt/exp/ln.
from decimal import *
import decimal
D = Decimal
vals = ["0", "-0", "1", "-1", "0.1", "1.10", "123.4500", "1e6", "1E+2", "-1.5e-7", "0.000001", "0.0000001", "12345678901234567890.123456789", "1e-30", "NaN", "-Infinity", "sNaN12", " 7 ", "1_000.5", "5.", ".5", "-.0e3", "9" * 30]
for v in vals:
    d = D(v)
    print(repr(v), str(d), repr(d), d.as_tuple(), d.adjusted(), d.is_zero(), d.is_signed(), d.to_eng_string())
print(D(0.1), D(1.5), D(-2.25), D(1e20), D(float("inf")), D(2**70), D((0, (1, 2, 3), -2)), D((1, (0,), 5)))
ops = [("1.1", "2.2"), ("10", "3"), ("-7", "2"), ("1e10", "1e-10"), ("123.456", "-0.456"), ("0.1", "0.2"), ("1", "3"), ("2.5", "0.5"), ("1e-5", "3")]
for a, b in ops:
    x, y = D(a), D(b)
    print(x + y, x - y, x * y, x / y, x // y, x % y, divmod(x, y), x ** 2, -x, +x, abs(y), x < y, x == y, max(x, y), min(x, y))
print(D("2.675").quantize(D("0.01"), rounding=ROUND_HALF_UP), D("2.665").quantize(D("0.01")), D("-2.5").quantize(D("1"), rounding=ROUND_HALF_DOWN), D("1.23456").quantize(D("1e-3"), ROUND_DOWN), D("7.5").quantize(D("1"), ROUND_05UP))
for r in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print(r, [str(D(v).quantize(D("1"), rounding=r)) for v in ["2.5", "-2.5", "3.5", "2.4", "-2.6", "1.0", "5.01", "-0.5"]])
print(round(D("2.5")), round(D("3.5")), round(D("2.675"), 2), round(D("-1.2345"), 3), int(D("-7.9")), float(D("0.1")), D("7.9").__floor__(), D("-7.1").__ceil__())
print(D(2).sqrt(), D(16).sqrt(), D("0.25").sqrt(), D(10).sqrt(), D("1e-8").sqrt(), D(0).sqrt(), D("100").sqrt())
print(D(1).exp(), D(-1).exp(), D("0.5").exp(), D(10).ln(), D(2).ln(), D("0.5").ln(), D(1000).log10(), D(2).log10(), D(2) ** D("0.5"), D(4) ** D("0.5"), D("1.5") ** D("2.5"), D(10).exp())
print(D(2) ** 100, D("1.1") ** 20, D(2) ** -3, D("0.5") ** -2, D(3) ** 0, D(-2) ** 3, D(7) ** -1)
print(hash(D(1)) == hash(1), hash(D("1.0")) == hash(1.0), hash(D("0.5")) == hash(0.5), hash(D("1e3")) == hash(1000), hash(D("-1")))
print(D("1") == 1, D("0.5") == 0.5, D("0.1") == 0.1, D(1) < 2, D("1.5") > 1.2, sorted([D("2"), D("1.5"), D("-3")]), D(1) == 1.0, D(2) in {2})
ctx = getcontext(); print(ctx.prec, ctx.rounding)
ctx.prec = 6; print(D(1) / D(7), D("1.23456789") + 0, D(2).sqrt()); ctx.prec = 28
with localcontext() as lc:
    lc.prec = 5; lc.rounding = ROUND_DOWN; print(D(2) / 3, lc.prec)
print(D(2) / 3)
with localcontext(prec=10): print(D(1) / 3)
for spec in ["", ".2f", ",.2f", "10.3f", "<10.1f", "^12.4", "e", ".3e", "E", ".2%", "g", ".3g", "+.1f", " .1f", "012.2f", ".0f", "f", ".10f", "n", "08.3f", ",.0f"]:
    print(repr(spec), [format(D(v), spec) for v in ["1234567.891", "-0.00012345", "0", "1e-10", "2.5", "123456789012345678901234567890"]])
print(f"{D('19.99'):>10}", f"{D('1234.5'):,}", "{:.2f}".format(D("3.14159")), "%s %r" % (D("1.0"), D("2.00")))
tests = [lambda: D("abc"), lambda: D(1) / 0, lambda: D(0) / 0, lambda: D(5) // 0, lambda: D(5) % 0, lambda: int(D("nan")), lambda: D("1.5") < D("nan"), lambda: D("1e1000000") * D("1e1000000"), lambda: D("1.234").quantize(D("1e-30")), lambda: D(-1).sqrt(), lambda: D(1).ln() if False else D(0).ln(), lambda: D(-1).ln(), lambda: D("1") ** D("1e1000")]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
c = Context(prec=3, traps=[]); print(c.divide(D(1), D(0)), c.divide(D(0), D(0)), c.create_decimal("1.23456"), c.flags[DivisionByZero], c.flags[InvalidOperation], sorted(k.__name__ for k, v in c.flags.items() if v))
print(getcontext())
print(D("1.30").normalize(), D("0.00").normalize(), D("-100").normalize(), D("120").to_integral_value(), D("2.5").to_integral_value(), D("3.7").to_integral_exact(rounding=ROUND_FLOOR), D("1.5").same_quantum(D("2.5")), D("1.5").copy_sign(D("-1")), D("5").fma(2, 3))
print(D(1).is_finite(), D("inf").is_infinite(), D("nan").is_nan(), D("snan").is_snan(), D(1).number_class(), D("-0").number_class(), D("1e-1000000").number_class(), D("1.5").as_integer_ratio(), D(-3).as_integer_ratio())
print(sum([D("0.1")] * 10), sum([D("0.1")] * 10) == D(1), D("1.1") * 3, D("3.3") / 3, D(10) / D("0.1"), D("100") / D("4"), D("1") / D("8"), D("12") / D("1.2"), D("1.000") / D("1"))
amounts = [D("19.99"), D("5.01"), D("0.333"), D("100")]
total = sum(amounts); tax = (total * D("0.0825")).quantize(D("0.01"), rounding=ROUND_HALF_UP)
print(total, tax, total + tax, f"${total + tax:,.2f}", (total / 3).quantize(D("0.001")))
