# Text files: newline= on reading and writing, errors= handlers, mode checks, io.TextIOWrapper.
import io
import os
import sys

d = sys.argv[1]
p = os.path.join(d, "data.txt")

with open(p, "w", newline="") as f:
    f.write("one\r\ntwo\rthree\nfour")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
with open(p, newline="") as f:
    print([line for line in f])

for nl in ["\r\n", "\r", "\n", ""]:
    with open(p, "w", newline=nl) as f:
        f.write("a\nb\n")
        print("x", file=f)
    with open(p, "rb") as f:
        print(repr(nl), f.read())

# A latin-1 file read as UTF-8: strict fails with CPython's message; handlers recover.
with open(p, "w", encoding="latin-1") as f:
    f.write("café\nnaïve\n")
try:
    with open(p) as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(p, "wb") as f:
    f.write(b"abc\xe9")
try:
    with open(p) as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(p, "w", encoding="latin-1") as f:
    f.write("café\nnaïve\n")
for handler in ["replace", "ignore", "backslashreplace"]:
    with open(p, errors=handler) as f:
        text = f.read()
        print(handler, ascii(text))
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve €5\n")
with open(p, "w+", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("naïve €5\n")
with open(p, "rb") as f:
    print(f.read())
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)

for mode, kw in [("rw", {}), ("rr", {}), ("b", {}), ("rbt", {}), ("rq", {}), ("r+w", {}),
                 ("rb", {"encoding": "utf-8"}), ("rb", {"errors": "ignore"}),
                 ("rb", {"newline": ""}), ("r", {"newline": "x"})]:
    try:
        open(p, mode, **kw).close()
        print(mode, kw, "ok")
    except ValueError as e:
        print(mode, kw, "ValueError:", e)

# TextIOWrapper over an in-memory binary stream.
raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
print(w.write("héllo\nworld\n"), w.encoding, w.errors)
w.flush()
print(raw.getvalue())
r = io.TextIOWrapper(io.BytesIO("α\r\nβ\rγ\n".encode("utf-8")))
print(r.readline().encode(), r.read(1), list(r))
r = io.TextIOWrapper(io.BytesIO(b"x\xffy"), errors="replace")
print(ascii(r.read()))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.StringIO(), io.IOBase))
with io.open(p, "w") as f:
    f.write("via io.open\n")
print(open(p).read(), end="")
