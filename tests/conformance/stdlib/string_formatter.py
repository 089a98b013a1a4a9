# string.Formatter: parse, vformat, fields with attributes and items, overridable steps.
import string
f = string.Formatter()
print(f.format("{} and {}", 1, 2), f.format("{0}{1}{0}", "a", "b"), f.format("{name!r:>8}|{x.real}|{d[k]}|{l[1]}", name="n", x=3, d={"k": 5}, l=[7, 8]))
print(f.format("{:{w}.{p}f}", 3.14159, w=10, p=2), f.format("{{literal}} {0:^5}", "c"))
print(list(f.parse("a{0}b{1:>3}c{name!s}d{{e}}")), list(f.parse("")), list(f.parse("{}")), list(f.parse("x{a[b]!r:{w}}y")))
class Up(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)
print(Up().format("hi {} {missing} {name}", "there", name="bob"))
for bad in ["{0} {}", "{", "}", "{0!x}", "{a!rr}"]:
    try: print(f.format(bad, 1, a=2))
    except (ValueError, IndexError, KeyError) as e: print(type(e).__name__, e)
print(f.vformat("{0}-{k}", ("v",), {"k": "w"}), f.convert_field(1, "r"), f.get_field("0.real", (5,), {}))
