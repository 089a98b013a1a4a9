# Formatting with datetime specs, __format__ hooks, Formatter subclasses, format_map,
# aligned wrapped paragraphs and difflib reports.
import datetime, string, textwrap, difflib
d = datetime.datetime(2024, 3, 5, 14, 7, 9, 123456)
print(f"{d:%Y-%m-%d %H:%M:%S}", f"{d:%a %b %d %I%p %j %U %w %y %f %%}", f"{d.date():%A, %B %-d}" if False else "", format(d, "%c"), "{:%x %X}".format(d))
print(f"{d!r}", f"{d}", f"{d.date()}", f"{d.time():%H.%M}", f"{datetime.timedelta(days=1, seconds=5)}")
print(f"{d:>30}" if False else "", f"{'%s'}", f"{3!r:>4}", f"{'a' 'b'}", f"{1:{2}{3}}", f"""{'''x'''}""")
w = 10
print(f"{'hi':{'^'}{w}}|", f"{3.5:{w}.{2}}|", f"{12345:{','}}", f"{x if (x:=5) else 0}")
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec.endswith("$"):
            return f"${self.v:{spec[:-1]},.2f}"
        return format(self.v, spec)
    def __repr__(self): return f"Money({self.v!r})"
    def __str__(self): return f"{self.v:.2f}"
m = Money(1234.5)
print(f"{m}", f"{m:$}", f"{m:>12$}", f"{m!r}", f"{m!s:>10}", "{0:$} {0!r}".format(m), format(m, ".1f"), "%s %r" % (m, m))
class F(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        if spec == "upper":
            return str(value).upper()
        return super().format_field(value, spec)
    def convert_field(self, value, conv):
        if conv == "l":
            return str(value).lower()
        return super().convert_field(value, conv)
f = F()
print(f.format("{a} {b:upper} {0!l} {c!r}", "HeLLo", a=1, b="bee"), f.vformat("{x}-{0}", (9,), {}))
class D(dict):
    def __missing__(self, k): return "{" + k + "}"
print("{name} is {age}".format_map(D(name="Bo")), string.Template("${a}b $c").safe_substitute(D(a=1)))
class T(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
print(T("%name costs %%5 %{x}y").substitute(name="pen", x="X"))
para = """Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam."""
for width in (20, 30):
    lines = textwrap.wrap(para, width)
    for ln in lines:
        print(f"|{ln:<{width}}|", f"|{ln:>{width}}|", f"|{ln:^{width}}|")
    print("just:", [ln.ljust(width, ".") for ln in lines[:2]])
print(textwrap.fill("a b c d e f g h", 5, max_lines=2), textwrap.wrap("", 5), textwrap.wrap("   ", 5), textwrap.shorten("x" * 20, 10))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print(e)
try:
    textwrap.shorten("hello world foo", 5, placeholder=" [...]")
except ValueError as e:
    print(e)
old = ["line one\n", "line two\n", "line three\n", "line four\n"]
new = ["line one\n", "line 2\n", "line three\n", "line four\n", "line five\n"]
print("".join(difflib.unified_diff(old, new, fromfile="old", tofile="new", n=1)), end="")
print("".join(difflib.context_diff(old, new, fromfile="old", tofile="new")), end="")
print("".join(difflib.ndiff(old, new)), end="")
print(list(difflib.restore(difflib.ndiff(old, new), 2)))
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] --> b[{j1}:{j2}] {'abxcd'[i1:i2]!r:>8} --> {'abcd'[j1:j2]!r}")
print(s.find_longest_match(0, 5, 0, 4), difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  #  \n"))
words = ["python", "pithon", "typhon", "java", "javascript", "pythonic", "jython"]
for q in ["pyton", "jav", "xyz"]:
    print(q, difflib.get_close_matches(q, words), difflib.get_close_matches(q, words, n=1, cutoff=0.3))
