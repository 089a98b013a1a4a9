# SyntaxError(msg, details): the details are any sequence of four to six items.
cases = [
    ("a", "b"),
    ("a", ("b",)),
    ("a", ("f", 1)),
    ("a", (1, 2, 3, 4, 5, 6, 7)),
    ("a", 5),
    ("a", None),
    ("a", ["f.py", 1, 2, "t"]),
    ("a", ("f.py", 1, 2, "t", 1)),
    ("a", iter(("g.py", 9, 1, None))),
    ("a", "abcd"),
]
for args in cases:
    try:
        e = SyntaxError(*args)
        print("ok:", e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
    except TypeError as t:
        print("TypeError:", t)


class MySyntaxError(SyntaxError):
    pass


e = MySyntaxError("custom", ("m.py", 2, 3, "abc\n"))
print(type(e).__name__, str(e), e.lineno)
try:
    MySyntaxError("custom", (1, 2))
except TypeError as t:
    print("TypeError:", t)
IndentationError("x", ("f", 1))
