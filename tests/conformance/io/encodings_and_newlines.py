# Text files with encodings, errors= handlers, newline= modes on reading and writing, BOMs.
import sys, os
base = sys.argv[1]
p = os.path.join(base, "u.txt")
text = "naïve café\r\nline2 — ok\rline3 ☃\n€uro\n"
with open(p, "w", encoding="utf-8", newline="") as f:
    print(f.write(text))
with open(p, "rb") as f:
    raw = f.read()
print(len(raw), raw)
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, encoding="utf-8", newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines)
with open(p, encoding="utf-8") as f:
    print(repr(f.read(5)), f.tell())
    print(repr(f.read(6)))
    print(repr(f.readline()))
    print(repr(f.readline(3)))
with open(p, encoding="latin-1") as f:
    s = f.read()
    print(len(s), repr(s[:12]))
try:
    with open(p, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UDE", e)
with open(p, encoding="ascii", errors="replace") as f:
    print(repr(f.read()[:15]))
with open(p, encoding="ascii", errors="ignore") as f:
    print(repr(f.read()[:15]))
q = os.path.join(base, "w.txt")
with open(q, "w", encoding="latin-1") as f:
    f.write("café\n")
    try:
        f.write("snow ☃\n")
    except UnicodeEncodeError as e:
        print("UEE", e)
with open(q, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("snow ☃ é\n")
print(open(q, "rb").read())
with open(q, "w", encoding="utf-8", newline="\r\n") as f:
    f.write("a\nb\n")
    print("x", "y", sep="|", end="!\n", file=f)
print(open(q, "rb").read())
with open(q, "w", encoding="utf-16") as f:
    f.write("hi☃")
print(open(q, "rb").read(), open(q, encoding="utf-16").read())
with open(q, "w", encoding="utf-8-sig") as f:
    f.write("bom")
print(open(q, "rb").read(), repr(open(q, encoding="utf-8-sig").read()), repr(open(q, encoding="utf-8").read()))
with open(q, "wb") as f:
    f.write(b"a\xffb\n")
print(repr(open(q, errors="replace").read()), repr(open(q, errors="backslashreplace").read()))
with open(q, "a+", encoding="latin-1") as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
    f.write("more\n")
with open(q, "rb") as f:
    print(f.read())
with open(q, "w") as f:
    print(f.encoding, f.errors, f.newlines, f.name == q)
