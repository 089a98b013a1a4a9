# io.StringIO: writes, reads, lines, positions, truncation, closed files and argument errors
# (the behaviour its fast paths must keep).
import io
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


# Many small writes, then getvalue; the position follows the writes.
buf = io.StringIO()
for i in range(1000):
    n = buf.write("line %d\n" % i)
    if i % 250 == 0:
        print("wrote", n, "tell", buf.tell())
text = buf.getvalue()
print(len(text), text[:20].splitlines(), text[-12:].splitlines())
print(buf.read() == "", buf.tell() == len(text))

# getvalue kept while writing more: the kept value does not change.
buf = io.StringIO()
buf.write("abc")
kept = buf.getvalue()
buf.write("def")
print(kept, buf.getvalue())
kept2 = buf.getvalue()
buf.seek(1)
buf.write("X")
print(kept2, buf.getvalue(), buf.tell())

# Overwriting in the middle, past the end, and across the end.
buf = io.StringIO("hello world")
print(buf.tell(), repr(buf.read(5)), buf.tell())
buf.seek(6)
buf.write("there, everyone")
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
buf.write("J")
print(repr(buf.getvalue()), buf.tell())
buf.seek(30)
print(repr(buf.read()), buf.tell())
buf.write("!")
print(repr(buf.getvalue()), len(buf.getvalue()), buf.tell())
buf.seek(40)
print(buf.write(""), repr(buf.getvalue()[-3:]), len(buf.getvalue()))

# read with sizes, None and negative sizes.
buf = io.StringIO("0123456789")
print(repr(buf.read(3)), repr(buf.read(0)), repr(buf.read(None)), repr(buf.read(-5)))
buf.seek(4)
print(repr(buf.read(100)), buf.tell())
buf.seek(2)
print(repr(buf.read(-1)))

# readline, readline(size), readlines(hint), iteration.
data = "first\nsecond line\n\nfourth\nno newline at end"
buf = io.StringIO(data)
print(repr(buf.readline()), buf.tell())
print(repr(buf.readline(3)), repr(buf.readline(0)), repr(buf.readline(None)), repr(buf.readline(-1)))
print(repr(buf.readline()), repr(buf.readline()), repr(buf.readline()), repr(buf.readline()))
buf.seek(0)
print(buf.readlines())
buf.seek(0)
print(buf.readlines(5))
buf.seek(0)
print(buf.readlines(6))
buf.seek(0)
print(buf.readlines(0), buf.tell())
buf.seek(3)
print(list(buf))
buf.seek(0)
for number, line in enumerate(buf, 1):
    print(number, repr(line))
print(list(io.StringIO("")), list(io.StringIO("\n\n")), list(io.StringIO("x")))
# Reading mid-line, then a write, then more reading.
buf = io.StringIO("aaa\nbbb\nccc\n")
print(repr(buf.read(2)), repr(buf.readline()))
buf.write("BB")
print(repr(buf.readline()), repr(buf.getvalue()))
buf.seek(0, 2)
buf.write("ddd\n")
buf.seek(0)
print([line.strip() for line in buf])

# Non-ASCII text: positions count characters.
buf = io.StringIO()
buf.write("héllo wörld\n")
buf.write("日本語のテキスト\n")
buf.write("emoji 🎉 end\n")
print(buf.tell(), len(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), buf.tell())
print(repr(buf.read(3)), buf.tell())
print(repr(buf.readline(4)), buf.tell())
print(repr(buf.readline()), buf.tell())
buf.seek(7)
buf.write("W")
print(repr(buf.getvalue()))
buf.seek(1)
buf.write("€")
print(repr(buf.getvalue().splitlines()[0]))
buf.seek(0)
print([len(x) for x in buf])
buf.truncate(8)
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(list(buf))

# truncate: default is the position; the position does not move.
buf = io.StringIO("abcdefghij")
buf.seek(4)
print(buf.truncate(), repr(buf.getvalue()), buf.tell())
print(buf.truncate(2), repr(buf.getvalue()), buf.tell())
print(buf.truncate(50), repr(buf.getvalue()), buf.tell())
buf.write("Z")
print(repr(buf.getvalue()))
print(buf.truncate(None), repr(buf.getvalue()))
attempt("truncate(-1)", lambda: buf.truncate(-1))

# seek and its errors.
buf = io.StringIO("abc")
print(buf.seek(2), buf.seek(0, 1), buf.seek(0, 2), buf.seek(100), buf.tell())
for args in [(-1,), (1, 1), (-1, 1), (0, 3), (0, -1), ("1",), (1.0,)]:
    attempt("seek%r" % (args,), lambda: buf.seek(*args))

# Arguments of write, read, readline and the constructor.
attempt("write(5)", lambda: buf.write(5))
attempt("write(b'x')", lambda: buf.write(b"x"))
attempt("write(None)", lambda: buf.write(None))
attempt("read('1')", lambda: buf.read("1"))
attempt("read(1.5)", lambda: buf.read(1.5))
attempt("readline('1')", lambda: buf.readline("1"))
attempt("StringIO(5)", lambda: io.StringIO(5))
attempt("StringIO(b'x')", lambda: io.StringIO(b"x"))
attempt("StringIO(None)", lambda: io.StringIO(None).getvalue())
attempt("StringIO('a', 5)", lambda: io.StringIO("a", 5))
attempt("StringIO('a', 'x')", lambda: io.StringIO("a", "x"))
attempt("StringIO('a', '\\n\\n')", lambda: io.StringIO("a", "\n\n"))
attempt("StringIO(initial_value=)", lambda: io.StringIO(initial_value="kw").read())
attempt("StringIO(newline=)", lambda: io.StringIO(newline="\n").getvalue())

# writelines takes any iterable of str.
buf = io.StringIO()
buf.writelines(["a\n", "b\n"])
buf.writelines(x + "\n" for x in "cd")
buf.writelines(iter([]))
attempt("writelines([1])", lambda: buf.writelines([1]))
attempt("writelines(5)", lambda: buf.writelines(5))
print(repr(buf.getvalue()))

# print(..., file=) and swapping sys.stdout (what contextlib.redirect_stdout does).
buf = io.StringIO()
print("a", 1, 2.5, None, file=buf)
print("x", "y", sep="-", end="!\n", file=buf)
print(file=buf)
print(*range(5), sep=",", file=buf)
saved = sys.stdout
sys.stdout = buf
print("captured", [1, 2])
sys.stdout.write("direct\n")
sys.stdout = saved
print(repr(buf.getvalue()))

# A report built with many writes.
report = io.StringIO()
rows = [("apples", 3, 1.25), ("pears", 10, 0.5), ("kiwis", 7, 2.0)]
report.write(f"{'item':<10}{'qty':>5}{'price':>8}\n")
for name, qty, price in rows:
    report.write(f"{name:<10}{qty:>5}{price:>8.2f}\n")
report.write("-" * 23 + "\n")
report.write(f"{'total':<10}{sum(q for _, q, _ in rows):>5}\n")
print(report.getvalue(), end="")
report.seek(0)
header = report.readline()
print([line.split()[0] for line in report if line.strip() and not line.startswith("-")])
