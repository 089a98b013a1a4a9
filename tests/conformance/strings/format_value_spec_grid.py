# format() over a grid of values and specs: fill/align/sign/#/0/width/grouping/precision
# and every presentation type, plus str.format, f-strings and %-formatting tours.
import sys
vals = [0, 1, -1, 255, -255, 12345678, 3.14159, -2.5, 1e-7, 1.5e300, float('inf'), float('-nan'), True, 0.0, -0.0, 100.0, 1234.5678]
specs = ["", "10", "<10", ">10", "^10", "*^11", "+", " ", "-", "#x", "#o", "#b", "08", "+08", ",", "_", "_x", "#_b", ".2f", ".0f", "#.0f", ".3e", ".3E", "g", ".2g", "#g", "G", ".1%", "%", "n", ".3n", "c", "010.2f", "=+10", "0=10", ",.2f", "_.3f", "X", "#X", "e", "F", "010,", "015_.2f", ">+12.3e", "z.1f", ".0e", ".0%", "#.3g"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            row.append("E:" + type(e).__name__ + ":" + str(e))
    print(repr(v), row)
print(format(12345678901234567890, ","), format(-12345, "_o"), format(2**70, "#x"), format(10**20, "e"), format(10**20, ".3g"))
print("{:{w}.{p}f}|{:>{w}}|{!r:^{w}}".format(3.14159, "ab", "c", w=9, p=2))
print("{0[a]}{0[b][1]}{1.real}{1.imag}".format({"a": 1, "b": [5, 6]}, 3+4j))
print("{!a} {!r} {!s}".format("héllo", "x'y\"", 5))
print("{:,}".format(1234567.891), "{:_}".format(1234567), "{:.2%}".format(0.12345))
x, name, items = 42, "world", [1, 2, 3]
print(f"{x=}", f"{x = :>5}", f"{name!r:>10}", f"{items[1:]}", f"{x:#06x}", f"{x*2=}", f"{'nested ' + name:*^20}")
print(f"{3.14159:{'.'}{2}f}", f"{{literal}}", f"{x:{'>' if x else '<'}{10}}")
print("%s %r %a %d %i %o %x %X %e %E %f %F %g %G %c %%" % ("s", "r", "é", 42, -3, 8, 255, 255, 1234.5, 0.00012, 3.14, 2.5, 1e-5, 1e20, 65))
print("%(name)s is %(age)03d years, %(h).1f m" % {"name": "Ann", "age": 7, "h": 1.234})
print("%*d|%-*d|%.*f|%+.3s" % (5, 42, 5, 42, 2, 3.14159, "abcdef"))
print("%#o %#x %#X % d %+d %05d %-5d| %5.1f %-8.3e|" % (8, 255, 255, 5, 5, -42, 42, 2.25, 12345.678))
print("%c%c" % ("x", 0x1F600), "%s" % (1,), "%s" % [1, 2], "%r" % {"a": 1}, "%d" % 3.99, "%x" % True)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", "ab"), ("%c", 0x110000), ("%d", None), ("%x", 1.5), ("%.2f", "a"), ("%(a)s %s", {"a": 1})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
for fmt, args in [("{", ()), ("}", ()), ("{0}{}", (1, 2)), ("{}{0}", (1, 2)), ("{:d}", ("a",)), ("{:s}", (1,)), ("{2}", (1,)), ("{x}", ()), ("{0:=^5s}", ("a",)), ("{:,s}", ("a",)), ("{:.2d}", (1,)), ("{:c}", (-1,)), ("{!x}", (1,)), ("{0.}", (1,)), ("{0[}", (1,)), ("{:>{}}", ("a",)), ("{:,b}", (5,))]:
    try:
        print(fmt.format(*args))
    except (TypeError, ValueError, KeyError, IndexError, OverflowError, AttributeError) as e:
        print(type(e).__name__, e)
import math
print(f"{math.pi:.50f}", f"{1/3:.20e}", f"{2**0.5:.17g}", f"{1e16:.0f}", f"{123456789.0:g}", f"{0.1+0.2!r}", f"{1e22:f}", f"{5e-324:g}")
print(f"{12:b}", f"{-12:#b}", f"{65:c}", f"{1234567:n}", f"{0.5:n}", f"{1e100:n}")
print(round(2.675, 2), f"{2.675:.2f}", f"{0.125:.2f}", f"{0.375:.2f}", f"{-0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
