import sys
x, name, pi = 42, "Ann", 3.14159
print(f"{x=}", f"{x = }", f"{name=!r:>8}", f"{pi=:.2f}", f"{x*2=}", f"{ x = :#x}")
print(f"{'a' 'b'}", f"""{"triple"}""", f"{{literal}}", f"{{{x}}}", f"{x:{'0'}>{5}}", f"{[1,2][0]}", f"{ {'k': 1}['k'] }")
class D(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{a} {b}".format_map(D(a=1)), "{0}".format_map({}) if False else "")
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
print(len(str(10 ** 4299)), sys.get_int_max_str_digits())
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
print(hex(10**5000)[:10])
sys.set_int_max_str_digits(6000)
print(len(str(10**5000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
print("a\u2028b\x85c\u2029d".splitlines(), "a\x1cb".split(), "a\u3000b".split(), "\u00a0x\u00a0".strip())
print(sorted([3, 1, 2], key=lambda v: (v % 2, v)), sorted("bBaA"), sorted("bBaA", key=str.casefold))
try:
    sorted([(1, None), (1, 2)])
except TypeError as e:
    print(e)
try:
    sorted([None, None, 1])
except TypeError as e:
    print(e)
d = {1: "a", 2: "b"}
print(d.keys() & [1, 3], d.keys() | [3], d.items() - {(1, "a")}, [2, 1] == list(d.keys())[::-1], d.values() == d.values())
print(d.keys() == {1, 2}, d.items() == {(1, "a"), (2, "b")}, d.keys() <= {1, 2, 3}, d.keys().isdisjoint([5]), 1 in d.keys(), (1, "a") in d.items())
try:
    {1: []}.items() | {2}
except TypeError as e:
    print(e)
r = {}; r["me"] = r; print(r.keys(), r.values(), r.items())
l = []; l.append((l, [l])); print(l)
dv = {"a": 1}.values(); print(dv, len(dv), list(reversed(dv)), sum(dv))
print(sys.maxsize, -sys.maxsize - 1, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit)
print(repr(float("1e22")), repr(1e23), 1e21, 1e-4, 0.0001, 1234567890123456789.0, 9007199254740993.0, 0.30000000000000004)
print(f"{1e21:f}", f"{1e-7:f}", f"{123.456:.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}", f"{1e300:.2e}", f"{5e-324:g}")
print(f"{123456:.2e}", f"{0.000123456:.3}", f"{123456789.0:.3}", f"{1.0:.3}", f"{100.0:g}", f"{1e6:g}", f"{1e5:g}", f"{12345.0:.10g}")
print(f"{float('inf'):10}|", f"{float('nan'):+}", f"{-float('inf'):e}", f"{float('nan'):010.2f}", f"{float('inf'):,}")
print(f"{True:>5}", f"{True!s:>5}", f"{None!r:>6}", f"{b'x'!r}", f"{3+0j}", f"{-0j}", f"{1e10+2j}", f"{complex(1.5, -2):.1f}")
print(format(12, "08.3f"), format(-12, "08.3f"), format(12, "+010,"), format(-1234567, "_"), format(1234, "010_"))
print(format(0.1, ".17g"), format(0.1, ".20f"), format(2**0.5, ".50f")[:40], format(1/7, "r") if False else "")
print(repr(-0.0), str(-0.0), -0.0 == 0.0, f"{-0.0:.0f}", round(-0.4), round(-0.0, 1), 0.0 * -1)
print(f"{'left':<10}|{'right':>10}|{'ctr':^10}|{'odd':^4}|{'x':-^3}")
print("%-10s|%10s|%.3s|%5.1f%%" % ("l", "r", "truncate", 99.55))
print("%08.3f|%-8d|%+d|% d|%#x|%#o|%e" % (3.14159, 42, 5, 5, 0, 0, 0.0))
print("%s" % {"a": 1}, "%s" % [(1,)], "%r" % (("t",),), "%d%%" % 50, "%(x)s-%(x)r" % {"x": "v"})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%i %d" % (True, 3.99), "%s %s" % (None, NotImplemented), "%.0f %.1f" % (0.5, 0.25), "%g" % 100000, "%g" % 1000000)
print("{0:{1}}".format("x", ">3"), "{:{}{}}".format(3, "*", 5) if False else "", "{!s:.2}".format("hello"))
