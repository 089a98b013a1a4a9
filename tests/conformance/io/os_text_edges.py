import sys, os, io
base = sys.argv[1]
p = os.path.join(base, "t.txt")
with open(p, "w", newline="") as f:
    f.write("one\r\ntwo\rthree\nfour")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, repr(f.newlines))
with open(p, "rb") as f:
    print(f.read())
with open(p) as f:
    print(f.readline(), f.tell())
    print(repr(f.read(3)), f.tell())
    rest = f.read()
    print(repr(rest), f.tell(), repr(f.read()))
with open(p, "w", encoding="utf-8") as f:
    n = f.write("héllo wörld\n€uro\n")
    print("wrote", n, f.tell())
with open(p, encoding="utf-8") as f:
    print(f.read(2), f.tell(), f.readline(), f.tell())
    f.seek(0)
    print([len(l) for l in f])
with open(p, encoding="latin-1") as f:
    print(repr(f.read()))
with open(p, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
with open(p, encoding="ascii", errors="ignore") as f:
    print(repr(f.read()))
with open(p, encoding="ascii", errors="backslashreplace") as f:
    print(repr(f.read()))
try:
    with open(p, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end, e.encoding)
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
with open(p, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("naïve €\n")
print(open(p).read(), end="")
with open(p, "w", encoding="utf-16") as f:
    f.write("hi\n")
print(open(p, "rb").read(), open(p, encoding="utf-16").read())
with open(p, "w", encoding="utf-8-sig") as f:
    f.write("bom\n")
print(open(p, "rb").read(), repr(open(p, encoding="utf-8-sig").read()), repr(open(p, encoding="utf-8").read()))
with open(p, "w") as f:
    for i in range(5):
        print(f"row {i}", i * i, sep="\t", file=f)
with open(p, "a") as f:
    print(f.tell())
    f.write("appended\n")
    f.writelines(["x\n", "y\n"])
total = 0
with open(p) as f:
    while True:
        line = f.readline()
        if not line:
            break
        total += len(line)
        if line.startswith("row 3"):
            pos = f.tell()
print(total, pos)
with open(p) as f:
    f.seek(pos)
    print(f.read().split())
with open(p, "r+") as f:
    f.seek(0, os.SEEK_END)
    end = f.tell()
    f.write("tail\n")
    f.seek(0)
    print(f.readline().rstrip(), end)
    f.seek(0)
    f.write("ROW")
print(open(p).read().splitlines()[:2], open(p).read().splitlines()[-1])
with open(p, "w+") as f:
    f.write("abc\ndef\n")
    f.seek(0)
    print(f.read(), f.tell())
    f.truncate(4)
    f.seek(0)
    print(repr(f.read()))
try:
    open(p, "r").write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    open(p, "w").read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    open(os.path.join(base, "missing", "x"))
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename == os.path.join(base, "missing", "x"))
try:
    open(base)
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)
try:
    open(p, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror)
f = open(p)
print(f.readable(), f.writable(), f.seekable(), f.encoding, f.errors, f.line_buffering, f.closed)
f.close()
print(f.closed)
for op in ("read", "readline", "tell", "fileno"):
    try:
        getattr(f, op)()
    except ValueError as e:
        print(op, "ValueError:", e)
try:
    next(iter(f))
except ValueError as e:
    print("next ValueError:", e)
