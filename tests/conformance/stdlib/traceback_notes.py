# __notes__ as the traceback module formats them, and as an uncaught exception prints them.
import traceback


def only(e):
    return traceback.format_exception_only(type(e), e)


e = ValueError("base")
e.add_note("first note")
e.add_note("second\nspans lines")
print(only(e))

e = ValueError("tuple notes")
e.__notes__ = ("a", "b\nc")
print(only(e))

e = ValueError("string notes")
e.__notes__ = "abc"
print(only(e))

e = ValueError("not a sequence")
e.__notes__ = 42
print(only(e))

e = ValueError("non-str note")
e.__notes__ = ["ok", 7, None]
print(only(e))


class BadStr:
    def __str__(self):
        raise RuntimeError("no str")


class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")


e = ValueError("bad note")
e.__notes__ = [BadStr(), "after"]
print(only(e))

e = ValueError("bad notes repr")
e.__notes__ = BadRepr()
print(only(e))

e = KeyError("k")
e.add_note("looked up in the config")
try:
    e.add_note(5)
except TypeError as t:
    print("TypeError:", t)
print(only(e))

try:
    try:
        raise TypeError("inner")
    except TypeError as inner:
        inner.add_note("inner note")
        raise RuntimeError("outer") from inner
except RuntimeError as outer:
    text = "".join(traceback.format_exception(outer))
    print(text.count("inner note"), text.splitlines()[-1])

err = ValueError("final")
err.add_note("note line 1")
err.add_note("two\nlines")
raise err
