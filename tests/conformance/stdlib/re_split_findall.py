# re: split, findall and finditer, with the empty-match rules of Python 3.7+.
import re

print("split")
print(re.split(r"[,;]\s*", "a, b;c"))
print(re.split(",", "a,b,c", 1), re.split(",", "a,b,c", maxsplit=-1), re.split(",", "a,b,c", maxsplit=5))
print(re.split("(,)", "a,b"), re.split("(x)|y", "axbyc"), re.split("((a)|b)", "1a2b3"))
print(re.split(r"\s+", "  leading and trailing  "))
print(re.split("x*", "axbc"), re.split("", "ab"), re.split(r"\b", "a b"))
print(re.split("(?m)^", "one\ntwo\nthree"))
print(re.split("a*", "baaac"), re.split("(a*)", "bac"))
print(re.split(",", ""), re.split("x", "abc"), re.split("(x)", "x"))
print(re.compile(r"\W+").split("Words, words, words.", 1))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(b",", b"a,b"), re.split(b"a", bytearray(b"xay")))
print(re.split("[a-c]", "0a1B2c3", flags=re.I))

print("findall")
print(re.findall(r"\d", "a1b22"), re.findall(r"\d+", "a1b22"))
print(re.findall(r"(\d)(x)?", "a1b2x"), re.findall(r"(\d)", "a1"), re.findall("", "ab"))
print(re.findall(r"(\w+)=(\w+)", "a=1 b=2 c="))
print(re.findall(r"((a)|b)", "ab"))
print(re.findall("x*", "axxb"), re.findall("a|", "bab"))
print(re.findall(r"\b\w", "hello big world"), re.findall(r"(?m)^\w+", "ab cd\nef gh"))
print(re.findall(b"(a)|b", b"ab"), re.findall(rb"\d+", b"1 22"))
print(re.compile(r"\w").findall("abcdef", 2, 4))
print(re.findall(r"\d+(?=%)", "10% of 200 is 20%"))

print("finditer")
for m in re.finditer(r"(\w)(\d)?", "a1 b c3"):
    print(" ", m.span(), m.groups(), m.group())
print([m.span() for m in re.finditer("", "abc")])
print([m.span() for m in re.finditer("x*", "axxb")])
print([(m.start(), m.group()) for m in re.finditer(r"\w+", "  hi  there ")])
print([m.span() for m in re.compile("a").finditer("aaaa", 1, 3)])
it = re.finditer("a", "aa")
print(next(it).span(), next(it).span())
try:
    next(it)
except StopIteration:
    print("StopIteration")

print("empty matches next to earlier matches")
print([m.span() for m in re.finditer(r"a*?", "aab")])
print([m.span() for m in re.finditer(r"|a", "aa")])
print([m.span() for m in re.finditer(r"(?:|ab)", "abab")])
print(re.findall(r"\b|\w+", "ab cd"))
print([m.span() for m in re.finditer(r"(?=a)|a", "aa")])
