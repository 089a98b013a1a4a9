# str.format walks a template field by field, as CPython does: a field's value is looked up
# (and its attributes and items fetched) before a later part of the template is found to be
# malformed, and a bad conversion is reported only after the value's lookup.


class Point:
    x = 3
    y = 4

    def __repr__(self):
        return "Point()"


def attempt(template, *args, **kwargs):
    try:
        print(repr(template), "->", repr(template.format(*args, **kwargs)))
    except Exception as e:
        print(repr(template), "->", type(e).__name__, e)


p = Point()
# Good templates still format.
attempt("{0.x},{0.y}", p)
attempt("{p.x!r:>4}|{p!s}", p=p)
attempt("{0[1]}{1[k]}", [1, 2], {"k": "v"})
# The lookup of an earlier part fails first.
attempt("{a.b.}", a=3)
attempt("{a.missing[}", a=p)
attempt("{0.x.}", p)
attempt("{0.x[0}", p)
attempt("{0.x]}", p)
attempt("{0[0]x}", [p])
attempt("{0[5].x.}", [p])
# A conversion is checked once the value is known.
attempt("{0!x}", p)
attempt("{0.nope!x}", p)
attempt("{5!x}", p)
attempt("{missing!z}", p)
# Fields before a syntax error are formatted (and fail) first.
attempt("{0.nope} {", p)
attempt("{0.x} {", p)
attempt("{0} }", p)
attempt("{name}}", name=1)
attempt("{} {0.q", p)
attempt("{2} {0!}", p)
attempt("{0.x!r:{1}}", p, ">5")
attempt("{}{0.x.}", p)

# str.translate: mapped code points must be in range; booleans are ints.
table = {ord("a"): True, ord("b"): 0x41, ord("c"): None}
print(repr("abcd".translate(table)))
for bad in (-1, 0x110000, 2**40):
    try:
        print("ab".translate({97: bad}))
    except Exception as e:
        print(bad, type(e).__name__, e)

# Encoding error handlers, namereplace included.
for handler in ("replace", "ignore", "xmlcharrefreplace", "backslashreplace", "namereplace"):
    print(handler, "héllo €5 ☃!".encode("ascii", handler))
print("Ω≈ç√".encode("latin-1", "namereplace"))
