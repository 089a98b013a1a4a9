import re
p = re.compile(r"(\w+)=(\d+)?")
print(p.findall("a=1 b= c=3"), p.findall("a=1 b=2", 2), p.findall("a=1 b=2", 0, 5), p.findall("x", -3, 99))
print(p.findall(string="q=7", pos=0), re.findall(r"\d", "a1é2"), re.findall(r"(é)(x)?", "éé"), re.findall("", "ab"))
print(re.findall(rb"(\d)", b"a1b2"), re.findall(rb"\d+", bytearray(b"12 34")), re.findall(r"(a)|b", "ab"))
class S(str): pass
print(re.findall(r"\w", S("ab")), type(re.findall(r"\w", S("ab"))[0]).__name__)
for call in (lambda: p.findall(b"x"), lambda: p.findall(), lambda: p.findall("a", foo=1), lambda: p.findall("a", "b"), lambda: re.compile(b"x").findall("x"),
             lambda: p.findall("a", 1, 2, 3), lambda: re.Pattern.findall(1, "x")):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
