# re.error: messages, positions, line and column numbers, for str and bytes patterns.
import re

BAD = [
    "(", "(?:a", "a)", "[a", "[]", "[z-a]", "a{3,2}", "*", "a**", "a+*", "{1}x",
    "(?P<n>a)(?P<n>b)", "(?P<1n>x)", "(?P<>x)", "(?P=missing)", "(?P", "(?<", "(?x",
    "(?z)", "(?i", "\\", "\\k", "\\8", "(a)\\2", "[\\d-z]", "(?<=a*)b", "(?<!a|bc)x",
    "(?(2)a|b)", "(?(x)a|b)", "(?(1)a|b|c)", "\\x1", "\\u12", "\\N", "\\N{NOPE}",
    "(?#unterminated", "a(?i)b", "x{2}{3}", "(?P<a>x)(?P=a", "(?i-i:a)", "(?-x:a)(?x)",
    "(?>a", "a*++", "\\0777",
]
for pat in BAD:
    try:
        re.compile(pat)
        print("%-16r compiled" % pat)
    except re.error as e:
        print("%-16r %s | pos=%r line=%r col=%r" % (pat, e, e.pos, e.lineno, e.colno))
    except (OverflowError, ValueError) as e:
        print("%-16r %s: %s" % (pat, type(e).__name__, e))

# Multi-line verbose patterns report line and column.
VERBOSE_BAD = """
    (?P<year>\\d{4})   # year
    -
    (?P<month>\\d{2}   # month, never closed
    -
    (?P<day>\\d{2})
"""
try:
    re.compile(VERBOSE_BAD, re.X)
except re.error as e:
    print(e)
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.pattern[:12]))

try:
    re.compile("abc\n(de\nf", re.X)
except re.error as e:
    print(e, "|", e.lineno, e.colno)

# bytes patterns
for pat in [b"(", b"[\\w-", b"\\u1234", b"(?u)x", b"(?L)x(?a)"]:
    try:
        re.compile(pat)
        print(pat, "compiled")
    except re.error as e:
        print(pat, "->", e, e.pos)
    except ValueError as e:
        print(pat, "-> ValueError:", e)

# Errors raised from the module-level helpers too.
for call in [lambda: re.match("(", "x"), lambda: re.sub("a", r"\9", "a"), lambda: re.findall("[", "")]:
    try:
        call()
    except re.error as e:
        print(type(e).__name__, e, isinstance(e, Exception))

e = re.error("custom", "pat\ntern", 5)
print(e, e.msg, e.lineno, e.colno)
e = re.error("plain")
print(e, e.pattern, e.pos, e.lineno)
print(re.error.__name__, re.error.__module__, issubclass(re.error, Exception))

# An uncaught one ends the program with a traceback.
re.compile("(?P<name>[a-z]+")
