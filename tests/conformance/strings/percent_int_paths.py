# %-formatting of ints and bools through every flag, width and precision, small and big
# values alike, mixed with %s/%r and mapping keys.
values = [0, 1, -1, 7, -42, 255, 2**31, -2**31, 2**63 - 1, -2**63, 2**63, -2**64, 10**30,
          True, False]
for v in values:
    print("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%.3d|%x|%X|%#x|%o|%#o" % ((v,) * 14))
    print("%s|%r|%10s|%-10r|%*d|%-*d|%.*d" % (v, v, v, v, 8, v, 8, v, 4, v))
print("%d items at %d%% off, %d left" % (3, 20, -1))
print("%(a)d/%(b)05d/%(c)+d" % {"a": 7, "b": -3, "c": True})
print("%d %d" % (3.99, -3.99), "%i" % 1e20, "%x" % 3 if True else "")
lines = []
for i in range(0, 200, 7):
    lines.append("row %3d: %6d %-8x|%s" % (i, i * i, i * 31, "*" * (i % 5)))
print("\n".join(lines))
for fmt, args in [("%d", "1"), ("%d", None), ("%x", 1.5), ("%d", [1]), ("%*d", ("a", 1)),
                  ("%d %d", (1,)), ("%d", (1, 2)), ("%c", -1), ("abcé%y", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class Num:
    def __index__(self):
        return 41

    def __int__(self):
        return 40


print("%d %x %o %c" % (Num(), Num(), Num(), 65))
