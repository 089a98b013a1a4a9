rows = [("Widget", 4, 3.5), ("Gadget extra long name", 12, 0.25), ("Nut", 1000, 0.013), ("Bolt", -3, 1234.5678)]
print(f"{'Name':<15}|{'Qty':>6}|{'Price':>10}|{'Total':>12}")
print("-" * 46)
for name, q, p in rows:
    print(f"{name[:15]:<15}|{q:>6d}|{p:>10.3f}|{q * p:>12,.2f}")
print(f"{'':=<46}")
for v in [0, 1, -1, 3.14159, -2.5e-7, 1e21, 123456789.123, float('nan'), float('-inf'), 10**25, True]:
    print(f"{v!r:>22} {v:>12} {v:<12.4g}|{v:+e}|{v:%}" if not isinstance(v, bool) else f"{v} {v:d} {v:>5}")
print("{:,}".format(10**12), "{:_}".format(10**9), "{:_x}".format(0xdeadbeef), "{:,.0f}".format(1e6), "{:08,.1f}".format(1234.5))
print("{:c}".format(65), "{:5c}|".format(9731), "{!a}".format("caf\u00e9"), "{!s:>6}".format(None), "{0[1]} {0[0]}".format("xy"), "{p.real}".format(p=3+4j))
print(format(3 + 4j), format(1 - 2.5j, ".2f"), format(complex(0, 1)), (1+2j) * (3-1j), abs(3 + 4j), complex("1+2j"))
print(format(0.1 + 0.2, ".17g"), 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4, 1e16, 1e15 + 0.3, 123456789012345678.0, 5e-324, 1.7976931348623157e308)
print(str(1.0), repr(1e-4), repr(0.0001), 1e-5, 100.0, 1e100, float("1_000.5"), 3.0 * 1.1, 2 ** 0.5, -0.0)
print("%5.1f%%" % 99.55, "%+d" % 5, "% d" % 5, "%#x" % 255, "%#o" % 8, "%.3s" % "abcdef", "%-6s|" % "ab", "%*d" % (5, 42), "%c" % 97, "%5.2e" % 12345.6789, "%g" % 0.00001234, "%G" % 1e20, "%i" % 3.9)
print("{:>10.3}".format("abcdef"), "{:^10.1%}".format(0.456), "{:=+8d}".format(42), "{:#010b}".format(5), "{:X}".format(255), "{:#X}".format(255), "{:.2e}".format(0), "{:n}".format(1234567))
print(f"{3.0:g} {3.5:g} {1e6:g} {1e-4:g} {123456789.0:g} {0.0001234:.2g} {1234.5:.0e} {2.5:.0f} {3.5:.0f} {-1.5:.0f}")
print(f"{12:{'>'}{8}} {'x':{'*'}^{7}} {3.14159:.{2}f} {42!s:>4} {'q'!r}")
width = 30
for line in ["left", "center", "right"]:
    align = {"left": "<", "center": "^", "right": ">"}[line]
    print(f"[{line:{align}{width}}]")
print(f"{'nested {braces}'}", f"{{literal}}", f"{1+1=}", f"{'a' 'b'=}", f"{ 3 * 4 = }", f"{[1,2][0]=:>4}")
import math
print(f"{math.pi:.10f} {math.e:12.6e} {math.tau:<10.2f}| {math.inf} {-math.inf} {math.nan}")
table = [[1, 22, 333], [4444, 5, 66], [7, 888, 9]]
widths = [max(len(str(r[i])) for r in table) for i in range(3)]
for r in table:
    print(" | ".join(str(v).rjust(w) for v, w in zip(r, widths)))
print(int("1_000"), int("-0"), int("+7"), float(" -1.5e3 "), float("inf"), float("-nan"), float("1e500"), int(-3.9), int(3.9), round(3.14159, 3), round(1234.5, -2), round(-2.5), round(0.125, 2), round(0.375, 2))
print(bin(-10), oct(64), hex(-255), bin(0), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).bit_length(), (-5).bit_count() if hasattr(int, "bit_count") else 0)
print(str(123).zfill(6), "-42".zfill(6), "+1".zfill(4), "abc".zfill(2), "x".center(4, "-"), "x".center(5, "-"), "ab".center(5, "-"))
print("Hello {name}, you are {age:d} years".format_map({"name": "Ann", "age": 30}))
class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        s = f"${self.cents / 100:,.2f}"
        return format(s, spec) if spec else s
    def __str__(self): return f"{self}"
print(f"[{Money(123456789):>20}] [{Money(5)}] {Money(99)!s} {str(Money(100000))}")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there\n"), repr("\x00\x7f\x80\u200b"), ascii("é☃"), repr("\\"))
