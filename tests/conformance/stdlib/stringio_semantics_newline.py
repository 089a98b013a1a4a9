# io.StringIO newline modes: what writes store and where lines end.
import io

MODES = [None, "", "\n", "\r", "\r\n"]
SAMPLE = "one\ntwo\r\nthree\rfour\n\nfive"

for mode in MODES:
    print("== newline", repr(mode))
    s = io.StringIO(SAMPLE, newline=mode)
    print("stored", repr(s.getvalue()), len(s.getvalue()), s.tell())
    print("lines", list(s))
    s.seek(0)
    print("readlines", s.readlines())
    s.seek(0)
    print("readline(4)", [s.readline(4) for _ in range(4)])
    s.seek(0)
    got = []
    while True:
        line = s.readline()
        if not line:
            break
        got.append((line, s.tell()))
    print("positions", got)
    w = io.StringIO(newline=mode)
    print("write returns", w.write("a\nb\r\nc\rd"), w.write("\n"), w.write(""), w.tell())
    print("written", repr(w.getvalue()))
    w.seek(0)
    print("read back", repr(w.read()), list(io.StringIO(w.getvalue(), newline=mode)))

# A "\r\n" split over two writes, and endings at the very end of the text.
for mode in [None, "", "\r\n"]:
    s = io.StringIO(newline=mode)
    s.write("left\r")
    s.write("\nright\r")
    s.write("\n")
    s.seek(0)
    print(repr(mode), repr(s.getvalue()), list(s))

# Overwrites keep the mode's translation.
s = io.StringIO("aaaa\nbbbb\n", newline="\r\n")
print(repr(s.getvalue()))
s.seek(2)
s.write("X\nY")
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(list(s))
s = io.StringIO(newline=None)
s.write("x\r\ny\rz")
s.seek(1)
s.write("\r")
print(repr(s.getvalue()), s.tell())

# Universal mode: each of the three endings ends a line; readline(size) may split "\r\n".
s = io.StringIO("a\rb\r\nc\nd\r\r\ne", newline="")
print([s.readline() for _ in range(7)])
s.seek(0)
print(repr(s.readline(2)), repr(s.readline(1)), repr(s.readline()), repr(s.readline()))
# '\r' mode with '\n' in the initial value.
s = io.StringIO("p\nq\rr", newline="\r")
print(repr(s.getvalue()), list(s))
# Iterating long text in every mode.
long_text = "".join("row %d\n" % i for i in range(200))
for mode in MODES:
    rows = list(io.StringIO(long_text, newline=mode))
    print(repr(mode), len(rows), repr(rows[0]), repr(rows[-1]))
