# re: pattern errors (re.error with message and position), type errors and group lookups.
import re

patterns = [
    "(", "a)", "*", "a**", r"\q", "[a", "[z-a]", "(?P<1>a)", "(?P<a>a)(?P<a>b)", "(?P=x)",
    r"(a)\2", r"(a\1)", "(?<=a+)b", "a{3,2}", "(?x", "(?z)", "a(?i)b", "(?<x)", "(?Px)", r"\x1",
    "(?#abc", "(?P<a", "(?P<>a)", "(?P=a", r"[\w-z]", r"\8", r"[\8]", r"[\A]", r"\777",
    "(?-z:a)", "(?i-i:a)", "(?a-i", "a|*", "^*", r"\b*", "a{,3}{2}", "(?(1)a|b)", "(?(x)a|b)",
    "(?(1)a|b|c)", "abc\\", "(?i", "(?", "x(?u)", "(?au)a", "(?P<a-b>x)", "a\nb)",
    "(?x)a  # x \n  (", "[]", "[^]", "\\u12", r"\c", "(?i)a|(?m)b", "((?i)a)", "(?-i)a",
    "(?i-:a)", "(?i-a:b)", "(?P", "(?<", "{2}", r"[\d-z]", r"[a-\d]", "(?(0)a)", "(?(1",
    r"\U00110000", "a*{2}", "(?(1)a", "(?<=a|bc)", "((a)", "(a))", "(?P=1)",
    # fine ones
    "(?=a)*", "x{}", "x{,}", "{", "a{1", "[a-]", r"(a)(?<=\1)", "(?i)(?m)a", "(?#c)(?i)a",
]
for p in patterns:
    try:
        c = re.compile(p)
        print(repr(p), "ok", c.groups)
    except re.error as e:
        print(repr(p), "->", e)
        print("    msg=%r pos=%r lineno=%r colno=%r" % (e.msg, e.pos, e.lineno, e.colno))

print("bytes pattern errors")
for p in [b"(?u)a", b"\\u1234", b"(", b"(?P<1>a)"]:
    try:
        re.compile(p)
        print(p, "ok")
    except re.error as e:
        print(p, "->", e, repr(e.pattern))

print("repeat counts")
for p in ["a{4294967295}", "a{2,4294967296}"]:
    try:
        re.compile(p)
    except OverflowError as e:
        print("OverflowError:", e)

print("re.error itself")
e = re.error("boom", "ab\ncd", 4)
print(e, "|", e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error("plain")
print(e, e.pos, e.lineno, isinstance(e, Exception), re.error.__name__)
try:
    re.compile("a(b")
except Exception as e:
    print(type(e).__name__, type(e).__module__, e.args)

print("type errors")
tests = [
    lambda: re.compile(3),
    lambda: re.search("a", 3),
    lambda: re.search("a", None),
    lambda: re.search("a", b"a"),
    lambda: re.search(b"a", "a"),
    lambda: re.findall("a", ["a"]),
    lambda: re.compile(re.compile("a"), re.I),
    lambda: re.compile("a").match(b"a"),
    lambda: re.split(b"x", "axb"),
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

print("group lookups")
m = re.match(r"(?P<n>\d)", "1")
for g in [2, -1, "x", 1.0, None]:
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError:", e)
for f in [m.start, m.end, m.span]:
    try:
        f(5)
    except IndexError as e:
        print("IndexError:", e)

print("uncaught error")
re.compile("[unclosed")
