# report table formatting
rows = [("apples", 1234567, 0.12345), ("kiwi", -42, 1e-7), ("banana split", 0, 12345.6789), ("x", 10**20, float('inf'))]
w = max(len(r[0]) for r in rows)
for name, qty, price in rows:
    print(f"|{name:<{w}}|{qty:>15,}|{price:>12.3e}|{price:^12.4g}|{qty:_x}|")
    print("|{0:*^{1}}|{2:+08,d}|{3:%}|".format(name, w+2, qty, price))
    print("%-*s|%+10d|%10.2f|%#o|%#X" % (w, name, qty, price, abs(qty) % 1000, abs(qty)))
print(f"{'abc'!r:>10}|{'abc'!s:<6}|{'é'!a}")
print(f"{3.14159:{'>'}{10}.{3}}")
print("{:,.2f}".format(1234567.891), "{:_.3f}".format(9876543.21))
print("{:=+10.2f}".format(-3.5), "{:0=10d}".format(-42), "{:#010b}".format(5))
print("{:n}".format(1234567), "{:g}".format(1e16), "{:g}".format(1.5e-5), "{:G}".format(1e-10))
print("{:.0%}".format(0.5), "{:.1%}".format(1/3), "{:e}".format(0), "{:.0e}".format(12345))
print(format(1e100, ".3g"), format(123456789, "e"), format(-0.0, "+.1f"), format(0.0, "-"))
print(f"{12345.678:10.2f}", f"{-1:#x}", f"{255:#_b}", f"{2**40:,}")
print("{0[1]}{0[0]}{1.real}".format("ab", 3+4j))
d = {"name": "Ann", "age": 30}
print("{name} is {age:>4}".format(**d), "{0[name]}".format(d))
print("%(name)s is %(age)03d" % d)
print("%5.1s|%-5s|%c%c" % ("xyz", "q", 65, "B"))
print("%r %a %s" % ("é", "é", b"x"))
print("%e %g %G %.3g" % (12345.6789, 0.00001234, 1e20, 2.5))
print("%x %o %X %i %u" % (255, 8, 3054, 3.9, 7))
print("{:>{w}.{p}f}".format(3.14159, w=10, p=2))
print(f"{'nested':{'^'}{20}}")
print(format(True, "d"), format(True), format(3, "c"), f"{65:c}")
print(f"{1234.5:,}", f"{1234.5:_}", f"{0.1+0.2}", f"{1e22}", f"{1e-5}", f"{123456789012345678.0}")
print(repr(1e16), repr(1.0e15), str(2.5e-4), 1/3, 2/3, 100.0, -0.0)
print(f"{10:{'<'}5}|", f"{'x':=<5}|")
try:
    print("{:d}".format(3.5))
except ValueError as e:
    print("ValueError:", e)
try:
    print("{:s}".format(3))
except ValueError as e:
    print("ValueError:", e)
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{0} {}".format(1, 2))
except ValueError as e:
    print("ValueError:", e)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print(f"{'a':,}")
except ValueError as e:
    print("ValueError:", e)
try:
    print("{:,x}".format(5))
except ValueError as e:
    print("ValueError:", e)
try:
    print("{:z}".format(5))
except ValueError as e:
    print("ValueError:", e)
print("{:z.1f}".format(-0.04))
print("{!r:^10}".format(None), "{:>5}".format(None) if False else "")
