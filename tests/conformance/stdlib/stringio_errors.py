# io.StringIO: CPython's messages for bad arguments and closed streams, and the attributes
# of a text stream (encoding, errors, newlines, line_buffering, fileno, detach).
import io


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


buf = io.StringIO("abc")
print(buf.seek(True), buf.tell())
for args in [(1, 2), (0, "2"), (-1, 7)]:
    attempt("seek%r" % (args,), lambda: buf.seek(*args))
attempt("seek()", lambda: buf.seek())
attempt("seek(0, 0, 0)", lambda: buf.seek(0, 0, 0))
attempt("truncate('x')", lambda: buf.truncate("x"))
attempt("truncate(1.0)", lambda: buf.truncate(1.0))
attempt("write()", lambda: buf.write())
attempt("write('a', 'b')", lambda: buf.write("a", "b"))
attempt("write(s=)", lambda: buf.write(s="a"))
attempt("read(1, 2)", lambda: buf.read(1, 2))
attempt("read(size=)", lambda: buf.read(size=1))
attempt("readlines('1')", lambda: buf.readlines("1"))
attempt("getvalue(1)", lambda: buf.getvalue(1))
attempt("tell(1)", lambda: buf.tell(1))
attempt("StringIO(1, 2, 3)", lambda: io.StringIO("a", "\n", 3))
attempt("StringIO(bad=)", lambda: io.StringIO(bad=1))
attempt("StringIO dup", lambda: io.StringIO("a", initial_value="b"))
attempt("StringIO.write(5, 'a')", lambda: io.StringIO.write(5, "a"))

# Attributes of an open stream.
buf = io.StringIO("x")
print(buf.readable(), buf.writable(), buf.seekable(), buf.isatty(), buf.closed, buf.flush())
print(buf.encoding, buf.errors, buf.line_buffering, buf.newlines)
attempt("fileno", buf.fileno)
attempt("detach", buf.detach)
attempt("name", lambda: buf.name)
r = repr(buf)
print(r.startswith("<_io.StringIO object at 0x"), r.endswith(">"))
print(type(buf).__name__, isinstance(buf, io.TextIOBase), isinstance(buf, io.IOBase))
print(isinstance(buf, io.BufferedIOBase), issubclass(io.StringIO, io.TextIOBase))
buf.extra = 5
print(buf.extra)

# A closed stream: what still works and what raises.
buf = io.StringIO("some\ntext\n")
with buf as b:
    print(b is buf, b.readline(), end="")
print(buf.closed)
for name in ["read", "readline", "readlines", "getvalue", "tell", "truncate", "readable",
             "writable", "seekable", "isatty", "flush", "__iter__", "__next__", "__enter__",
             "close", "fileno", "detach"]:
    attempt(name, getattr(buf, name))
attempt("write('a')", lambda: buf.write("a"))
attempt("write(5)", lambda: buf.write(5))
attempt("seek(0)", lambda: buf.seek(0))
attempt("seek('x')", lambda: buf.seek("x"))
attempt("writelines", lambda: buf.writelines(["a"]))
attempt("line_buffering", lambda: buf.line_buffering)
attempt("newlines", lambda: buf.newlines)
attempt("for", lambda: [x for x in buf])
buf.close()
print(buf.closed)


# newlines records the kinds of line ending seen, for None and '' only.
for mode in [None, ""]:
    s = io.StringIO(newline=mode)
    seen = [repr(s.newlines)]
    for piece in ["plain", "lf\n", "more\n", "crlf\r\n", "cr\r", "end"]:
        s.write(piece)
        seen.append(repr(s.newlines))
    print(repr(mode), " ".join(seen))
    print(repr(io.StringIO("a\r\nb\r", newline=mode).newlines))
for mode in ["\n", "\r", "\r\n"]:
    s = io.StringIO("a\r\nb\n", newline=mode)
    print(repr(mode), repr(s.newlines))


# A subclass's readline() returning a non-str; a subclass that never initializes.
class Broken(io.StringIO):
    def readline(self, size=-1):
        return 5


try:
    next(Broken("x\n"))
except OSError as e:
    print(type(e).__name__, e)


class NoInit(io.StringIO):
    def __init__(self):
        pass


u = NoInit()
for name in ["read", "write", "getvalue", "tell", "readline"]:
    try:
        if name == "write":
            u.write("x")
        else:
            getattr(u, name)()
    except ValueError as e:
        print(name, type(e).__name__, e)
try:
    u.closed
except ValueError as e:
    print("closed", e)
u.__init__ = None
io.StringIO.__init__(u, "late")
print(repr(u.getvalue()))


# The classes name themselves as CPython's built-in types do.
print(io.StringIO, io.BytesIO, type(io.StringIO()), io.StringIO.__module__)
print(io.BytesIO.readinto1 is not None, issubclass(io.BytesIO, io.BufferedIOBase))
