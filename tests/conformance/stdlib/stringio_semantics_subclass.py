# Subclasses of io.StringIO: overridden methods are the ones print(),
# iteration and writelines() call; extra state; __init__ through super().
import io
import sys


class Recorder(io.StringIO):
    """Counts writes and upper-cases what is written."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.writes = 0

    def write(self, s):
        self.writes += 1
        return super().write(s.upper())


r = Recorder()
print("hello", "world", file=r)
r.writelines(["a\n", "b\n"])
print(r.writes, repr(r.getvalue()), r.tell())
saved = sys.stdout
sys.stdout = r
print("captured", 42)
sys.stdout = saved
print(r.writes, repr(r.getvalue()))
r2 = Recorder("initial\n", newline=None)
print(r2.writes, repr(r2.read()))


class Numbered(io.StringIO):
    """Iteration goes through the subclass's readline."""

    def __init__(self, text):
        super().__init__(text)
        self.count = 0

    def readline(self, size=-1):
        line = super().readline(size)
        if line:
            self.count += 1
            return "%d: %s" % (self.count, line)
        return line


n = Numbered("alpha\nbeta\ngamma\n")
print(list(n))
n.seek(0)
print(n.readlines())
n.seek(0)
print(next(n), n.count)


class Slotted(io.StringIO):
    __slots__ = ("tag",)


s = Slotted("text")
s.tag = "t"
print(s.tag, s.read(), isinstance(s, io.StringIO), isinstance(s, io.TextIOBase))


class Mixin:
    def shout(self):
        return self.getvalue().upper() + "!"


class Both(Mixin, io.StringIO):
    pass


b = Both()
b.write("quiet")
print(b.shout(), type(b).__name__, [c.__name__ for c in type(b).__mro__][:3])


class Closing(io.StringIO):
    def close(self):
        print("closing with", repr(self.getvalue()))
        super().close()


with Closing() as c:
    c.write("inside")
print(c.closed)
