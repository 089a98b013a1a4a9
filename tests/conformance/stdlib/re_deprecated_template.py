# re.template and the TEMPLATE flag (deprecated in 3.11), warnings captured deterministically.
import re
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    p = re.template(r"ab[cd]")
    print(p, p.flags & re.TEMPLATE == re.TEMPLATE, p.findall("abc abd abe"))
    for pat in [r"a*", r"a+?", r"(?:ab)*+", r"x{2}", r"(a|b)c?", r"[abc]", r"(?=a)b"]:
        try:
            q = re.template(pat)
            print(pat, "ok", q.pattern)
        except re.error as e:
            print(pat, "error:", e, e.pos)
print(len(caught), sorted(set(w.category.__name__ for w in caught)))
print(str(caught[0].message)[:40])

print(re.T, re.TEMPLATE, re.T is re.TEMPLATE, int(re.T))
print(re.compile("x", re.T | re.I))
try:
    re.compile("a*", re.T)
except re.error as e:
    print("error:", e)
print(re.compile("a*", re.I).flags)
