# The keyword arguments and extra fields of the built-in exceptions' constructors, for the
# built-in classes and for user subclasses that keep BaseException.__init__.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class Thing:
    pass


thing = Thing()
e = AttributeError("no such thing", name="colour", obj=thing)
print(e.args, e.name, e.obj is thing, str(e), repr(e))
e = AttributeError()
print(e.args, e.name, e.obj)
attempt("AttributeError bad kw", lambda: AttributeError("m", colour=1))
attempt("AttributeError name only", lambda: AttributeError(name="n").name)

e = NameError("name 'q' is not defined", name="q")
print(e.name, e.args, repr(e))
attempt("NameError obj kw", lambda: NameError("m", obj=1))
attempt("UnboundLocalError name", lambda: UnboundLocalError("u", name="v").name)

e = ImportError("cannot import", name="pkg", path="/lib/pkg.py")
print(e.name, e.path, e.msg, e.args, str(e), repr(e))
e = ModuleNotFoundError("No module named 'zz'", name="zz")
print(e.name, e.path, e.msg, repr(e))
attempt("ImportError bad kw", lambda: ImportError("m", where=1))
attempt("ValueError kw", lambda: ValueError("m", code=3))
attempt("KeyError kw", lambda: KeyError(key=3))


class LookupFailed(AttributeError):
    pass


class CustomName(NameError):
    pass


class Plain(Exception):
    pass


e = LookupFailed("missing", name="field", obj=42)
print(type(e).__name__, e.args, e.name, e.obj)
attempt("subclass bad kw", lambda: LookupFailed("m", nope=1))
print(CustomName("c", name="nm").name)
attempt("Plain kw", lambda: Plain("m", detail=1))
attempt("Plain no kw", lambda: Plain("m", 2).args)


class WithInit(Exception):
    def __init__(self, msg, *, code):
        super().__init__(msg)
        self.code = code


e = WithInit("bad thing", code=7)
print(e.args, e.code, str(e))


class Forward(AttributeError):
    def __init__(self, msg, **kw):
        super().__init__(msg, **kw)


e = Forward("fwd", name="x")
print(e.args, e.name, e.obj)
attempt("forward bad", lambda: Forward("fwd", other=1))

# OSError: errno picks the subclass; file names become attributes.
for args in [(2, "No such file or directory"), (13, "Permission denied", "secret.txt"),
             (17, "File exists", "a", None, "b"), (11, "Resource temporarily unavailable"),
             (32, "Broken pipe"), (111, "Connection refused"), (110, "Timed out"),
             (4, "Interrupted"), (10, "No child"), (3, "No such process"),
             (20, "Not a directory"), (21, "Is a directory"), (104, "reset"),
             (103, "aborted"), (999, "unknown"), (True, "bool errno")]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2)
e = OSError(2, "x", None)
print(type(e).__name__, e.args, e.filename)
e = OSError(2, "x", "f", None)
print(type(e).__name__, e.args, e.filename, e.filename2)
e = OSError(1, 2, 3, 4, 5, 6)
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename)
e = OSError("only message")
print(type(e).__name__, e.args, e.errno, e.strerror, str(e))
e = FileNotFoundError(13, "not remapped", "f.txt")
print(type(e).__name__, e.errno, e.filename, str(e))
print(str(OSError(2, "No such file or directory", "data.csv")))
print(str(OSError(17, "File exists", "a.txt", None, "b.txt")))


class AppError(OSError):
    pass


e = AppError(2, "app failed", "cfg.ini")
print(type(e).__name__, e.args, e.errno, e.filename, str(e))

# BlockingIOError's third argument is the count of characters written.
b = BlockingIOError(11, "would block", 5)
print(b.args, b.errno, b.strerror, b.filename, b.characters_written, str(b))
b = BlockingIOError(11, "would block")
attempt("unset characters_written", lambda: b.characters_written)
b.characters_written = 3
print(b.characters_written)
b = BlockingIOError(11, "would block", "name.txt")
print(b.args, b.filename)
attempt("float count", lambda: BlockingIOError(11, "x", 2.5))

# The codec errors take all their fields.
attempt("decode arity", lambda: UnicodeDecodeError("utf-8"))
attempt("encode arity", lambda: UnicodeEncodeError("ascii", "x", 0, 1))
attempt("translate arity", lambda: UnicodeTranslateError("x", 0, 1))
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e))

# Notes go to a __notes__ list; anything else there is refused.
e = ValueError("with notes")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
attempt("note not str", lambda: e.add_note(3))
e2 = KeyError("k")
e2.__notes__ = "not a list"
attempt("notes not list", lambda: e2.add_note("x"))
print(hasattr(ValueError(), "__weakref__"), hasattr(ValueError(), "__notes__"))
