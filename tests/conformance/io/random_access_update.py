# Updating files in place: r+b / w+ / a+ modes, seek then write, truncate, and reading back.
import sys

d = sys.argv[1]
p = d + "/records.bin"


def show(label, exc):
    print(label, type(exc).__name__, exc)


# Fixed-size records updated in place, as a tiny database would.
REC = 8
with open(p, "wb") as f:
    for i in range(5):
        f.write(("rec%d" % i).encode().ljust(REC, b"."))
with open(p, "r+b") as f:
    f.seek(2 * REC)
    print("write", f.write(b"CHANGED!"), "tell", f.tell())
    print("next record", f.read(REC), f.tell())
    f.write(b"rec4-new")
    print("after second write", f.tell())
    f.seek(0)
    data = f.read()
    print([data[i:i + REC] for i in range(0, len(data), REC)])
    f.seek(REC * 7)
    f.write(b"far")
    print("past the end", f.tell())
raw = open(p, "rb").read()
print(len(raw), raw[REC * 5:])

# The classic: overwrite two bytes in the middle.
with open(p, "wb") as f:
    f.write(b"0123456789")
with open(p, "r+b") as f:
    f.seek(3)
    f.write(b"XY")
    print(f.tell(), f.read(2), f.tell())
    f.write(b"Q")
print(open(p, "rb").read())

# truncate with and without a size; the position does not move.
with open(p, "r+b") as f:
    print("truncate(5) ->", f.truncate(5), "tell", f.tell())
    print(f.read())
    f.seek(2)
    print("truncate() ->", f.truncate(), "tell", f.tell(), f.read())
print(open(p, "rb").read())
with open(p, "w") as f:
    f.write("abc")
    print("grow", f.truncate(10), f.tell())
print(open(p, "rb").read())

# Text files: w+ round trip, a+ always appends, r+ writes after reading go to the end.
with open(p, "w+") as f:
    f.write("hello\nworld\n")
    print("tell", f.tell())
    f.seek(0)
    print(repr(f.readline()))
    f.write("XX")
    print("tell", f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    f.truncate()
    print(repr(f.read()), f.tell())
with open(p, "a+") as f:
    f.write("abc")
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    f.write("def")
    f.seek(0)
    print(repr(f.read()))
with open(p, "r+") as f:
    f.write("ZZ")
    f.seek(0)
    print(repr(f.read()))
    f.seek(1)
    f.write("-")
    f.seek(0)
    print(repr(f.read()))
with open(p, "wb") as f:
    f.write(b"a\r\nb\r\nc")
with open(p, "r+") as f:
    print(repr(f.readline()), f.tell())
    f.write("Q")
    f.seek(0)
    print(repr(f.read()))
print(open(p, "rb").read())

# A counter file updated in place several times.
with open(p, "w") as f:
    f.write("0")
for _ in range(12):
    with open(p, "r+") as f:
        n = int(f.read())
        f.seek(0)
        f.write(str(n + 7))
print("counter", open(p).read())

# Errors.
with open(p, "r") as f:
    try:
        f.truncate(0)
    except Exception as e:
        show("read-only text", e)
with open(p, "rb") as f:
    try:
        f.truncate(0)
    except Exception as e:
        show("read-only binary", e)
with open(p, "r+") as f:
    for arg in (-1, "a", 2.5):
        try:
            f.truncate(arg)
        except Exception as e:
            show("truncate(%r)" % (arg,), e)
f = open(p, "w")
f.close()
try:
    f.truncate()
except Exception as e:
    show("closed", e)
