import math
vals = [0, 1, -1, 3.14159, -2.5, 1e10, 1.5e-7, 123456789, float("inf"), float("nan"), -0.0, 2**70, True]
specs = ["", ">10", "<8", "^9", "=+10", "+", " ", "010", ",", "_", ".3", ".2f", ".0f", "e", ".2E", "g", ".3g", "%", ".1%",
         "#x", "#o", "#b", "x", "X", "08.3f", "*^12.2f", "n", "#g", ",.2f", "_b", "c", "d", "#.0f", "-^7", "0>5"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            row.append("E:" + type(e).__name__ + ":" + str(e))
    print(repr(v), "|".join(row))
for s in ["", "<5", ">5", "^5", ".2", "x^7.3", "s", "d", "=5", "+"]:
    try:
        print(repr(s), repr(format("abcd", s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print("%s %r %a %5.1f %-5d| %05d %x %X %o %e %g %c %c %%" % ("s", "r", "é", 2.25, 3, -42, 255, 255, 8, 12345.678, 0.00001, 65, "z"))
print("%(name)s is %(age)03d" % {"name": "Bo", "age": 7}, "%.*f" % (2, math.pi), "%*d|" % (5, 1))
print("{0}{1}{0}".format("ab", "cd"), "{:{w}.{p}f}".format(math.e, w=10, p=3), "{a[0]}{b.real}".format(a=[9], b=3j))
print("{!r:>8}|{!s:<6}|{!a}".format("x", 12, "ñ"), "{{}} {}".format(1), f"{'nested':{'>'}{12}}")
x = 42
print(f"{x=}", f"{x = :>5}", f"{x!r:^6}", f"{x:#06x}", f"{x*2=:,}", f"{3.5:.0f} {4.5:.0f} {2.675:.2f}")
print(f"{'a':-<3}{'b':-^5}{'c':->3}", f"{1234567.891:,.2f}", f"{-1234:+,}", f"{0.000123:.2e}", f"{12:b}")
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2), round(0.125, 2), round(2.675, 2))
print(str(1e16), str(1e-5), repr(0.1 + 0.2), 1 / 3, 2 / 3, 10 / 4, 1e300 * 1e10, 100.0, 1.0e15, 123456789012345678.0)
print(int("  42 "), int("0x1f", 16), int("1_000"), float(" 1.5e3 "), float("-inf"), int(-3.9), int("z", 36))
for bad in ["12a", "", "1.5", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
try:
    format("s", ",")
except ValueError as e:
    print(e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "%d" % "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
print(format(12345.6789, "10.1f"), format(-0.0, ".1f"), format(1e-10, "f"), format(5e-324, "g"), format(1.0, "r") if False else "")
print("{:>{}}".format("hi", 6), "{:.{}}".format("hello", 2), "{0:>5}{0:<5}|".format(7))
print("|".join(f"{n:>3}" for n in range(5)), "%-10s|%10s|" % ("left", "right"))
table = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelon", 1, 3.999)]
w = max(len(t[0]) for t in table)
for name, q, price in table:
    print(f"{name:.<{w + 3}}{q:>4} x {price:>6.2f} = {q * price:>8.3f}")
print(f"{'Total':>{w + 3}}{sum(q * p for _, q, p in table):>24.2f}")
