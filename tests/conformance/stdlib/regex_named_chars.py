# Regular expressions naming characters with \N{...}.
import re

text = "range 10\N{EN DASH}20, pause\N{EM DASH}then go; caf\N{LATIN SMALL LETTER E WITH ACUTE}"
dash = re.compile(r"[\N{EN DASH}\N{EM DASH}]")
print(dash.split(text))
print(re.findall(r"\w+\N{latin small letter e with acute}", text))
print(re.sub(r"\N{EN DASH}", "-", text))
print(re.fullmatch(r"\N{DIGIT ONE}+", "111") is not None)

for pattern in (r"ab\N", r"ab\Nx", r"ab\N{", r"ab\N{}", r"ab\N{EM DASH",
                r"ab\N{NOT A REAL NAME}", r"[\N{BOGUS}]", r"[\N]"):
    try:
        re.compile(pattern)
    except re.error as e:
        print(f"{pattern!r}: {e} (pos {e.pos})")
try:
    re.compile(rb"\N{EM DASH}")
except re.error as e:
    print("bytes:", e)
