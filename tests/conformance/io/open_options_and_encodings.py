# open() arguments, encodings with a BOM, append positions, and buffered binary reads.
import sys

p = sys.argv[1] + "/opts.txt"


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


with open(p, "w", encoding="utf-8-sig") as f:
    f.write("hi\nthere\n")
raw = open(p, "rb").read()
print(raw)
with open(p, encoding="utf-8-sig") as f:
    print(repr(f.readline()), f.tell(), repr(f.read()))
with open(p, encoding="utf-8") as f:
    print(repr(f.read(3)))

# Append mode starts at the end of the file.
f = open(p, "a", encoding="utf-8")
print("append starts at", f.tell())
f.write("z")
print("after write", f.tell())
f.close()
with open(p, "a+b") as f:
    print("a+b at", f.tell(), f.read(), f.seek(0), f.read(3))
    f.write(b"!")
print("after a+b", open(p, "rb").read()[-3:])

# Argument checking.
attempt("encoding=5", lambda: open(p, encoding=5))
attempt("errors=1", lambda: open(p, errors=1))
attempt("newline=b''", lambda: open(p, newline=b""))
attempt("buffering=0 text", lambda: open(p, "r", buffering=0))
attempt("mode rw", lambda: open(p, "rw"))
attempt("mode b", lambda: open(p, "b"))
attempt("newline x", lambda: open(p, newline="x"))
attempt("path float", lambda: open(3.5))
with open(p, "w") as f:
    attempt("write(None)", lambda: f.write(None))
    attempt("write(b'x')", lambda: f.write(b"x"))
    attempt("write(3)", lambda: f.write(3))
    attempt("writelines([1])", lambda: f.writelines([1]))
    f.write("data line\n" * 3)

# Binary buffered reads: read1 and peek.
with open(p, "rb") as f:
    print(f.read(0), f.read(5))
    print(f.peek()[:6], f.tell())
    print(f.read1(4), f.tell())
    print(f.read1(), f.peek(), f.read1(3))
f = open(p, "rb")
f.close()
attempt("closed peek", lambda: f.peek())
attempt("closed read1", lambda: f.read1(1))

# Operations on the wrong side of a file.
with open(p, "r") as f:
    attempt("print to read-only", lambda: print("x", file=f))
    attempt("writelines read-only", lambda: f.writelines(["x"]))
with open(p, "wb") as f:
    attempt("peek write-only", lambda: f.peek())
    attempt("read1 write-only", lambda: f.read1())
    attempt("read write-only", lambda: f.read())
