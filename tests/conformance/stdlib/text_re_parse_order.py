# re reports pattern errors in CPython's order and wording: a trailing lone backslash is seen
# as soon as the token before it is read, a variable-width look-behind only after the whole
# pattern parsed, and a look-behind may not refer to a group it defines.
import re
import unicodedata

patterns = [
    r"(?<=(?P<n>a)(?P=n))b", r"(a)(?<=\1)b", r"(?<=(a)\1)b", r"(?<=(a)(?(1)b|c))",
    r"(a)(?<=(?(1)b|c))", r"(?<=(?(2)b|c))(a)(b)", r"(?<!(a)(?<=\1))", r"(?<=a(?=(b)\1))",
    r"(?<=(?P<x>a)|(?P=x))", r"(?<=a|bc)x", r"(?<=ab)(?<!cd)x",
    "a)\\", "a\\", "(a\\", "[a\\", "a#\\", "a{2,1}\\", "\\\\", "\\\\\\", "a{2}?\\",
    "(?P<n>a\\", "(?<=?\\", "\\A?\\", "{^\\S(?i)\\", "(?<=(?=.(?P=n)\\",
    r"(?<!\(?#x)\d\d\b(?i)", r"(?<=a+)b(?i)", r"(?<=a|bb)(", r"(?<=a*)\2",
    r"(?\w", r"\w(?\D", "(?\\", r"(?z)", r"(?<x)",
]
for p in patterns:
    for flags in (0, re.X):
        try:
            c = re.compile(p, flags)
            print("ok ", repr(p), flags, c.groups)
        except re.error as e:
            print("err", repr(p), flags, "|", e.msg, "|", e.pos)

m = re.search(r"(?<=(\d))x(?<=\1x)", "a1x 2x")
print(m and (m.group(), m.span(), m.groups()))

for func, arg in [(unicodedata.name, "ab"), (unicodedata.category, "ab"), (unicodedata.decimal, 1),
                  (unicodedata.digit, "xy"), (unicodedata.numeric, ""), (unicodedata.mirrored, 5)]:
    try:
        func(arg)
    except TypeError as e:
        print(func.__name__, e)
