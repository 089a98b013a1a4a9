print("%s is %d years" % ("Bob", 42))
print("%5s|%-5s|%05d|%+d|%x|%X|%o|%e|%.2f|%10.3f|%-10.1f|" % ("ab", "cd", 42, 7, 255, 255, 8, 12345.678, 2.345, 3.14159, 2.5))
print("%r %s %a" % ("q", "q", "é"))
print("%(name)s has %(count)d items" % {"name": "cart", "count": 3})
print("%c%c%c" % (72, 105, 33), "%c" % "z")
print("100%% sure", "%.3s" % "abcdef", "%*d" % (6, 42), "%-*d|" % (6, 42))
print("%g %g %g %G" % (0.0001, 1e-5, 123456789.0, 1e-10))
print("%i %u" % (3, 4), "%s" % [1, 2], "%s" % (None,), "%d" % True)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
