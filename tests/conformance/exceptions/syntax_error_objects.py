# SyntaxError objects built by hand: their fields, str() and how the details are checked.
cases = [
    (),
    ("only a message",),
    ("bad", ("f.py", None, None, None)),
    ("m", ("f.py", 3, None, None)),
    ("m", (None, 3, None, None)),
    ("m", ("dir/sub/f.py", 3, 1, "x = = 1\n")),
    (None, ("dir/f.py", 3, 1, "x")),
    (5,),
    ("m", ("f.py", True, 1, "x")),
    ("m", ["list.py", 4, 2, "text", 4, 5]),
    ("a", "b", "c"),
]
for args in cases:
    try:
        e = SyntaxError(*args)
    except TypeError as t:
        print(args, "-> TypeError:", t)
        continue
    print(args)
    print("   str:", repr(str(e)), "args:", e.args)
    print("   fields:", e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

e = SyntaxError("original")
e.msg = "changed"
e.filename = "/a/b/c.py"
e.lineno = 4
print(str(e), e.args)
e.lineno = "4"
print(str(e))
e.filename = None
e.lineno = 7
print(str(e))

for cls in (IndentationError, TabError):
    e = cls("bad indent", ("<string>", 3, 1, "  x\n"))
    print(cls.__name__, str(e), e.text.strip(), issubclass(cls, SyntaxError))

try:
    compile("x = (", "prog.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, str(e))
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))

# Uncaught, a SyntaxError whose line number is not an int shows str() of the exception.
raise SyntaxError("bad", ("f.py", None, None, None))
