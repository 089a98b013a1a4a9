# re: sub and subn with templates, callables, counts and empty matches.
import re

print("templates")
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home, ann@work"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"))
print(re.sub(r"(\w)", r"\g<1>\g<0>", "abc"))
print(re.sub(r"(a)", r"[\1\n\g<0>\.\0\t]", "xa"))
print(repr(re.sub("a", r"\a\b\f\n\r\t\v\\", "a")))
print(repr(re.sub("a", r"\0\01\012\0123\101\377", "a")))
print(re.sub("a", r"\-\.\/\!", "a"))
print(re.sub(r"(x)?a", r"[\1]", "a xa"))
print(re.sub(r"(\d+)", r"\g<1>0", "5 and 7"))
p = re.compile("".join("(%s)" % c for c in "abcdefghijk"))
print(p.sub(r"\10\11\1", "abcdefghijk"), p.sub(r"\g<10>0", "abcdefghijk"))

print("callables")
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 22 333"))
print(re.sub(r"(?P<word>[a-z]+)", lambda m: m.group("word").upper(), "hello world 42"))
print(re.sub("a", lambda m: None, "xay"))
print(re.sub(r"\w+", lambda m: "%d:%d" % m.span(), "ab cd"))
calls = []
def record(m):
    calls.append((m.group(), m.start(), m.pos, m.endpos, m.lastindex))
    return "-"
print(re.sub(r"(b)|c", record, "abcbd"), calls)

print("count")
print(re.sub("a", "b", "aaaa", 2), re.sub("a", "b", "aaaa", count=0), re.sub("a", "b", "aaa", -1))
print(re.subn("a", "b", "aaa"), re.subn("a", "b", "aaa", 1), re.subn("z", "b", "aaa"))
print(re.compile("a").sub("b", "aaa", 1), re.compile("a").subn("b", "aaa", count=5))

print("empty matches")
print(re.sub("x*", "-", "abxd"))
print(re.sub("", "-", "abc"))
print(re.sub(r"\b", "|", "ab cd"))
print(re.sub(r"\B", "-", "abc"))
print(re.sub("a*", "X", "baaac"))
print(re.sub("(a*)", r"<\1>", "baac"))
print(re.subn("", "", "abc"))
print(re.sub("$", "!", "line\n"), repr(re.sub("(?m)$", "!", "a\nb\n")))
print(re.sub("^", "> ", "one\ntwo", flags=re.M))

print("flags argument")
print(re.sub("HELLO", "bye", "hello Hello", flags=re.I))
print(re.sub("h", "j", "hHh", 1, re.I))

print("bytes")
print(re.sub(rb"(\d)", rb"<\1>", b"a1b2"))
print(re.sub(b"a", b"b", bytearray(b"xa")))
print(re.sub(b"a", lambda m: m.group().upper(), b"banana"))
print(re.subn(rb"\s+", b" ", b"a  b \t c"))

print("errors")
for repl in [r"\2", r"\g<zz>", r"\g<1", r"\q", r"\g<>", r"\g<-1>", "x\\", r"\g", r"\400", r"\x41", r"\g<2>"]:
    try:
        print(re.sub("(a)", repl, "a"))
    except re.error as e:
        print("re.error:", e, "|", e.pos)
    except IndexError as e:
        print("IndexError:", e)
for repl in [lambda m: 3, 3, None, b"x"]:
    try:
        print(re.sub("a", repl, "xay"))
    except TypeError as e:
        print("TypeError:", e)
try:
    re.sub(b"a", "x", b"xay")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub("a", "b", b"a")
except TypeError as e:
    print("TypeError:", e)

print("substitution on long text")
text = " ".join("w%d" % i for i in range(5000))
out = re.sub(r"(\d+)", r"[\1]", text)
print(len(out), out[:40], out[-20:])
print(re.subn(r"\s", "", text)[1])
