# str() and repr() of the Unicode errors: the bad character is always escaped by code point.
errors = [
    UnicodeEncodeError("ascii", "ax", 1, 2, "ordinal not in range(128)"),
    UnicodeEncodeError("ascii", "a\u20ac", 1, 2, "ordinal not in range(128)"),
    UnicodeEncodeError("ascii", "a\U0001f600", 1, 2, "ordinal not in range(128)"),
    UnicodeEncodeError("latin-1", "abc\u20ac\u20ac", 3, 5, "ordinal not in range(256)"),
    UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte"),
    UnicodeDecodeError("utf-8", b"ab\xe2\x82", 2, 4, "unexpected end of data"),
    UnicodeTranslateError("a\xe9", 1, 2, "no mapping"),
    UnicodeTranslateError("xyz", 0, 1, "no mapping"),
    UnicodeTranslateError("a\u20acb", 1, 3, "no mapping"),
]
for e in errors:
    print(type(e).__name__, "|", e, "|", repr(e))


class Custom(UnicodeTranslateError):
    pass


print(Custom("\U0001f600", 0, 1, "emoji"))
for text, codec in [("h\u20acllo", "ascii"), ("caf\xe9", "ascii"), ("\u4e2d\u6587", "latin-1")]:
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        print(e, "|", e.start, e.end, e.reason)
try:
    b"caf\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print(e, "|", e.start, e.end)

# Characters that cannot start a token: printable ones are shown, others are named by code
# point only.
for src in ["x\u00a0= 1", "y = \xbd", "z = a\u2028b", "w = 3 \u2212 1", "v = \u201chi\u201d"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(e))
