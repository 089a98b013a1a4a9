import re
import textwrap
from collections import Counter

TEXT = """The quick brown fox jumps over the lazy dog. The dog, being lazy,
did not respond!  Meanwhile, the fox---quick as ever---ran off into the woods.
Numbers like 3.14, 42, and -7 appear; e-mail: fox@woods.org, dog@home.net.
"""

words = re.findall(r"[a-z']+", TEXT.lower())
c = Counter(words)
print(c.most_common(5))
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
print(re.findall(r"-?\d+(?:\.\d+)?", TEXT))
print(re.findall(r"(\w+)@(\w+)\.(\w+)", TEXT))
print(re.sub(r"\s+", " ", TEXT).strip()[:60])
print(re.split(r"[.!;]\s*", TEXT.replace("\n", " "))[:4])
print(re.sub(r"(?P<w>\b\w{5}\b)", lambda m: m.group("w").upper(), "hello there world of magic"))
m = re.search(r"(?P<user>\w+)@(?P<dom>[\w.]+)", TEXT)
print(m.group(0), m.groupdict(), m.span(), m.start("dom"), m.end(2))
print(textwrap.fill(TEXT, width=40))
print(textwrap.wrap("a " * 30, 15))
print(textwrap.dedent("""
    def f():
        return 1
"""))
print(textwrap.indent("x\ny\n\nz", "> "))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder="..."))
for w in ["level", "Racecar", "python", "A man, a plan, a canal: Panama"]:
    clean = "".join(ch for ch in w.lower() if ch.isalnum())
    print(f"{w!r:35} palindrome={clean == clean[::-1]}")
s = "Hello, World"
print(s.center(20, "*"), s.ljust(15, ".") + "|", s.rjust(15) + "|", s.zfill(15))
print(s.swapcase(), s.title(), s.casefold(), s.partition(", "), s.rpartition("o"))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "  x  y ".split(), "a\tb".expandtabs(4))
print("%-10s|%5d|%07.3f|%x|%o|%e|%r|%%" % ("name", 42, 3.14159, 255, 8, 12345.678, "q"))
print("%(a)s and %(b)03d" % {"a": "A", "b": 7})
print("{0:>{1}}|{2:_^9}|{3:+.2%}".format("r", 6, "mid", 0.1234))
print(f"{1234567.891:,.2f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.0:.1f} {1e20:g} {1e-5:g} {123456789:e}")
print(f"{'abc':=^11} {42:#b} {42:#o} {42:#x} {42:08.3f} {-42:>+6}")
print("Title Case Words".istitle(), "ABC".isupper(), "abc123".isalnum(), " ".isspace(), "١٢".isdigit())
print("hello world".count("o"), "hello".find("l"), "hello".rfind("l"), "hello".index("e"))
try:
    "hello".index("z")
except ValueError as e:
    print(e)
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
print(re.compile(r"\d+").sub("#", "a1b22c333", count=2), re.subn(r"a", "b", "aaa"))
print(re.fullmatch(r"[A-Z]{3}-\d{4}", "ABC-1234") is not None, re.match(r"x", "yx"))
print(re.findall(r"(?i)the", TEXT), re.escape("a.b*c"))
