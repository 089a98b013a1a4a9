# Report templates checked before use: which error a bad format spec or template gives, for
# str.format on strings and for a custom string.Formatter.
import string

for spec in ["^ #0.0", "0^#05_", "0< #05,.0", "+05_", "< .2s", " #,.2", "=+5,", "#05_", "+", " ",
             "z", "#", "=", ",", "_", ",d", ",x", "+d", "=^", "0=5"]:
    try:
        print(repr(spec), repr(format("abc", spec)))
    except ValueError as e:
        print(repr(spec), e)


class Report(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)

    def format_field(self, value, spec):
        if spec == "money":
            return f"${value:,.2f}"
        return super().format_field(value, spec)


r = Report()
print(r.format("{name}: {total:money} ({count} items, {0!r:>8}) {missing}", "Q3", name="sales",
               total=1234567.5, count=3))
print(list(r.parse("a{0!r:>{w}}b{{c}}{x[0].y}d")))
for tpl in ["{0!}", "{0[}", "{0!r", "{0!rx}", "{0:", "{0[a]x}", "{0[]}", "{0.}", "{[}", "{0]}",
            "{a{b}", "{0:{1:{2}}}", "{!r}", "{{{.}1"]:
    try:
        print(repr(tpl), list(r.parse(tpl)))
    except ValueError as e:
        print(repr(tpl), "parse:", e)
    try:
        print(repr(tpl), repr(string.Formatter().format(tpl, "zero", "one", "two")))
    except (ValueError, KeyError, IndexError, TypeError) as e:
        print(repr(tpl), "format:", type(e).__name__, e)
print(format("abc", " <5"))
