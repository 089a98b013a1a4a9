# string: the constants, Template placeholders (valid, invalid, escaped, custom patterns)
# and Formatter's field numbering, conversions and hooks.
import string

for name in ("ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits", "hexdigits",
             "octdigits", "punctuation", "whitespace", "printable"):
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(string.capwords("  hello   big\tworld "), string.capwords("a-b-c", "-"),
      string.capwords("x--y", "-"), repr(string.capwords("")))

T = string.Template
t = T("$who likes ${what}; $$5 costs $$$amount")
print(t.substitute(who="tim", what="kung pao", amount=3))
print(t.substitute({"who": "ann", "what": "tea"}, amount="x", what="override"))
print(t.safe_substitute(who="bo"))
print(t.get_identifiers(), t.is_valid())
for text in ("$", "abc $", "line1\nline2 $5", "ok\n\n  ${bad-name}", "${", "$who $"):
    tt = T(text)
    print(repr(text), tt.is_valid(), tt.get_identifiers(), repr(tt.safe_substitute(who=1)))
    try:
        tt.substitute(who=1)
    except ValueError as e:
        print("  ValueError", e)
    except KeyError as e:
        print("  KeyError", e)
try:
    T("$missing here").substitute({})
except KeyError as e:
    print("KeyError", e)
print(T("$a$a${a}$b").get_identifiers())
print(T("$Ünicode $_ok $é").get_identifiers(), T("$Ünicode").is_valid())
try:
    T("x").substitute({}, {})
except TypeError as e:
    print("TypeError", type(e).__name__)


class Percent(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
    braceidpattern = r"[A-Z_]+"


p = Percent("%name and %{UPPER} and %{lower} and %% and %5")
print(p.safe_substitute(name="n", UPPER="U", lower="l"), p.get_identifiers(), p.is_valid())
try:
    p.substitute(name="n", UPPER="U")
except KeyError as e:
    print("KeyError", e)
try:
    p.substitute(name="n", UPPER="U", lower="l")
except ValueError as e:
    print("ValueError", e)


class NoInvalid(string.Template):
    pattern = r"""
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \[(?P<braced>[a-z]+)\] |
      (?P<invalid>)
    )
    """


n = NoInvalid("#a #[b] ## #9")
print(n.safe_substitute(a=1, b=2), n.get_identifiers(), n.is_valid())


class Strange(string.Template):
    pattern = r"@(?P<named>x)?(?P<other>y)?(?P<escaped>@)?(?P<braced>q)?(?P<invalid>z)?"


s = Strange("@y")
for call in (s.substitute, s.safe_substitute, s.is_valid, s.get_identifiers):
    try:
        call()
    except ValueError as e:
        print("ValueError", e.args[0], type(e.args[1]).__name__)

# Formatter.
F = string.Formatter()
print(F.format("{} {} {}", 1, "two", 3.0))
print(F.format("{0} {1} {0}", "a", "b"), F.format("{x} {y[1]} {z.real}", x=1, y=[5, 6], z=2j))
print(F.format("{:>{}}|{:{}.{}f}", "r", 5, 3.14159, 8, 2))
print(F.format("{0:{1}}", 42, "^6"), F.format("{!r} {!s} {!a}", "q", "w", "é"))
print(F.format("{{literal}} {}", 9), F.format(""), F.format("plain"))
for fmt, args in (("{} {1}", (1, 2)), ("{1} {}", (1, 2)), ("{0:{}}", (1, 2)),
                  ("{:{1}}", (1, 2)), ("{!x}", (1,)), ("{0:{1:{2:{3}}}}", (1, 2, 3, 4)),
                  ("{", ()), ("}", ()), ("{0!}", (1,)), ("{0!rr}", (1,)), ("{a.}", ()),
                  ("{a[}", ()), ("{0[0]x}", ([1],)), ("{5}", (1,)), ("{nope}", ())):
    try:
        print(repr(fmt), F.format(fmt, *args))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)
print(list(F.parse("a{0!r:>3}b{{c}}d{x.y[1]}")))
print(F.get_field("0.real", [5], {}), F.get_field("k[2]", (), {"k": "abcd"}))
print(F.get_value(0, ["zero"], {}), F.get_value("k", [], {"k": "kay"}))
print(F.convert_field(5, None), F.convert_field("s", "r"), F.convert_field("é", "a"))
try:
    F.convert_field(1, "z")
except ValueError as e:
    print("ValueError", e)
print(F.check_unused_args({0}, (1,), {}), F.format_field(3.5, "08.3f"))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError(f"unused: {sorted(map(str, unused))}")

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, spec):
        return "[" + super().format_field(value, spec) + "]"


S = Strict()
print(S.format("{0} {name} {missing!u} {1:>4}", "a", "b", name="n"))
try:
    S.format("{0}", 1, 2, extra=3)
except ValueError as e:
    print("ValueError", e)
print(S.vformat("{x!u:*^7}", (), {"x": "mid"}))
