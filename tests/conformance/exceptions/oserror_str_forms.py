# str() of OSError built from each argument form, and after its fields are reassigned.

for args in [(), (1,), (1, 2), (1, 2, "f"), (1, 2, "f", None), (1, 2, "f", None, "g"),
             (1, 2, 3, 4, 5, 6), ("a", "b"), (None, "x", "f"), (2, None, "f"),
             (2, "x", b"raw"), (2, "x", 3), (1, 2, None), (5, "io", None, None, "g")]:
    e = OSError(*args)
    print(type(e).__name__, e.args, repr(str(e)), repr(e))

e = OSError(1, "first")
e.errno = 5
e.strerror = "changed"
e.filename = "later.txt"
print(str(e), e.args)
e = OSError("message only")
e.errno = 9
print(str(e))
e.strerror = "now both"
print(str(e))
try:
    raise FileNotFoundError(2, "No such file or directory", "missing.cfg")
except OSError as err:
    print(type(err).__name__, err)
