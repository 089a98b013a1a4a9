# Match.group / [] / start / end / span with every kind of group argument.
import re
import enum


class G(enum.IntEnum):
    WHOLE = 0
    KEY = 1


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!>", type(e).__name__ + ":", e)


m = re.search(r"(?P<key>\w+)=(?P<val>\d+)?(;)?", "x: name= rest")
for args in [(), (0,), (1,), (2,), (3,), (4,), (-1,), ("key",), ("val",), ("nope",), (True,),
             (False,), (G.KEY,), (G.WHOLE,), (1.0,), (None,), (0, 1, "val"), (1, 9)]:
    show(f"group{args}", lambda: m.group(*args))
for key in [0, 1, 2, 3, -1, "key", "val", True, G.KEY, 4, "x", 1.5]:
    show(f"[{key!r}]", lambda: m[key])
    show(f"start({key!r})", lambda: m.start(key))
    show(f"end({key!r})", lambda: m.end(key))
    show(f"span({key!r})", lambda: m.span(key))
show("span()", lambda: m.span())
show("start()", lambda: (m.start(), m.end()))

b = re.search(rb"(a+)(b)?", bytearray(b"xxaab"))
print(b.group(), b.group(1), b[2], b.span(1), type(b.group()).__name__, type(b.string).__name__)
b = re.search(rb"(a+)(c)?", b"xxaab")
print(b.group(0), b[1], b[2], b.group(2), b.span(2), b.start(2), b.end(2))

words = [m.group() for m in re.finditer(r"\w+", "the quick brown fox")]
print(words, [m[0].upper() for m in re.finditer(r"\d+", "a1 b22 c333")])
print(re.sub(r"(\w)(\w*)", lambda m: m.group(2) + m.group(1) + "ay", "hello world"))
print([m.span() for m in re.finditer("o", "foo boo")], [m.start(0) for m in re.finditer("o", "xo")])

# groups() and groupdict() with defaults, unmatched and nested groups, non-ASCII subjects.
m = re.match(r"(?P<a>x)?(?P<b>(y)(z)?)(?P<c>é+)?", "yé日")
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
m = re.match(r"(?P<z>\d+)-(?P<a>\d+)", "12-34")
print(m.groupdict(), list(m.groupdict()), re.match("abc", "abc").groups(), re.match("abc", "abc").groupdict())
log = '10.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /ünï.html HTTP/1.1" 200 2326'
m = re.match(r'^(\S+) \S+ \S+ \[([^\]]+)\] "(\w+) (\S+) (\S+)" (\d{3}) (\d+)', log)
print(m.groups())
b = re.match(rb"(a)(b)?", bytearray(b"ac"))
print(b.groups(), b.groups(b"?"))
