vals = [0, 1, -1, 7, 255, 10**30, -2**70, 3.0, -0.0, 1.5, 1e16, 1e-7, 123.456, float('inf'), float('nan'), 2**53+1.0]
specs = ["", "#g", "#.0f", "#.0e", "#x", "^#10x", "+.2e", "n", ".3n", ",", "_", ">+12,.3f", "e", "E", "%", ".1%", "g", "G", ".0g", "#.3g", "010", "<010", "=10", " ", "c", "b", "#o", "X", ".2", "5.1"]
for v in vals:
    row = []
    for sp in specs:
        try:
            row.append(format(v, sp))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(f"{type(e).__name__}:{e}")
    print(repr(v), "|".join(row))
for v in ["abc", "", "é"]:
    for sp in ["", "5", "<5", "^5", ".1", "=5", "05", "+", ",", "#", "s", "x", ">{}", "*^7.2"]:
        try:
            print(repr(v), repr(sp), repr(format(v, sp)))
        except (ValueError, TypeError) as e:
            print(repr(v), repr(sp), type(e).__name__, e)
for v in [1+2j, -1.5j, complex(0, 0), complex(float('inf'), -0.0), complex(1e20, 1e-20)]:
    for sp in ["", ".2f", ">20", "e", "g", "+.1f", "^30.3e", "=10", "010"]:
        try:
            print(repr(v), repr(sp), repr(format(v, sp)))
        except (ValueError, TypeError) as e:
            print(repr(v), repr(sp), type(e).__name__, e)
pct = ["%#.3g", "%.0e", "%+.2e", "%05s", "%-05d", "%#x", "%#5o", "% 05d", "%+05.1f", "%.3s", "%5c", "%-5c|", "%#.0f", "%e", "%#g", "%G", "%.10g", "%a" , "%r"]
for v in [1, -0.0, 3.14159, 255, 1e100]:
    out = []
    for p in pct:
        try:
            out.append(p % v)
        except (TypeError, ValueError, OverflowError) as e:
            out.append(f"{type(e).__name__}:{e}")
    print(repr(v), "|".join(out))
print(int(1e300) % 1000, round(10**30, -5), round(2**70 + 0.5), round(123.456, -1), round(-123.456, 1), round(0.125, 2), round(0.375, 2))
try:
    float.fromhex('0x1.fffffffffffff8p1023')
except OverflowError as e:
    print(e)
print(float.fromhex('0x1.fffffffffffffp1023'), float.fromhex('0x.8p-1073'), float.fromhex(' 0X1P+0 '), float.fromhex('-0x0p0'))
for x in [1e-310, 5e-324, 1.0, 0.5, 3.0, 1/3, 1e308]:
    print(x.hex(), float.fromhex(x.hex()) == x, x.as_integer_ratio()[1].bit_length())
