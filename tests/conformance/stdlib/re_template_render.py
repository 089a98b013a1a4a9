# Templating with re.sub: templates, callables, counts, and expand().
import re

TEMPLATE = """Dear {{ name }},
Your order #{{order_id}} of {{ count }} item(s) totals ${{ total }}.
{{ missing }} stays as is; {{name|upper}} is shouted, {{ name | lower }} whispered.
"""

context = {"name": "Ada Lovelace", "order_id": 1843, "count": 3, "total": "42.50"}
FILTERS = {"upper": str.upper, "lower": str.lower, "title": str.title}
VAR = re.compile(r"\{\{\s*(\w+)\s*(?:\|\s*(\w+)\s*)?\}\}")
calls = []


def render(m):
    calls.append(m.group(1))
    key, filt = m.group(1), m.group(2)
    if key not in context:
        return m.group(0)
    value = str(context[key])
    if filt:
        value = FILTERS[filt](value)
    return value


out, n = VAR.subn(render, TEMPLATE)
print(out, n, calls)

# Template strings with group references of every spelling.
date = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
text = "from 2024-03-15 to 2024-12-01, then 1999-01-31"
print(date.sub(r"\3/\2/\1", text))
print(date.sub(r"\g<d>.\g<m>.\g<y>", text))
print(date.sub(r"\g<3>\g<0>\\n", text, count=1))
print(date.sub(r"[\g<0>]\t|", text, 2))
print(date.subn("DATE", text))
print(date.sub("", text))
m = date.search(text)
print(m.expand(r"year=\1 month=\g<m> day=\g<3>"), m.expand("plain"))

# A function that returns an empty string or the match unchanged.
print(re.sub(r"\s+", lambda m: "" if len(m.group()) > 1 else m.group(), "a  b c   d"))
# Numbers scaled by a callable with state.
state = {"n": 0}
def scale(m):
    state["n"] += 1
    return "%.2f" % (float(m.group()) * 1.1)
print(re.sub(r"\d+(\.\d+)?", scale, "prices: 10, 2.5 and 100.125"), state)

# Empty matches interleave with the text.
print(re.sub(r"x*", "-", "abxd"), re.sub(r"\b", "|", "hi there"), re.sub("", "^", "ab"))
print(re.subn(r"(?=[A-Z])", " ", "CamelCaseWordsHere"))
snake = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
for word in ["camelCase", "HTTPServerError", "getHTTP2Response", "already_snake"]:
    print(word, "->", snake.sub("_", word).lower())

# count and negative counts, keyword arguments
print(re.sub("a", "b", "aaaa", count=2), re.sub("a", "b", "aaaa", 0), re.compile("a").sub(repl="c", string="banana", count=1))
print(re.subn("a", "b", "aaaa", count=-3))

# Bad templates raise re.error or IndexError.
for tmpl in [r"\2", r"\g<nope>", r"\g<1", r"\g<>", r"\q", "\\", r"\g<-1>", r"\g<1a>", r"\400"]:
    try:
        print(repr(date.sub(tmpl, text)))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)

# The callable's result must be a str.
for bad in [lambda m: 7, lambda m: b"x", lambda m: None]:
    try:
        print(repr(re.sub("o", bad, "foo boo")))
    except TypeError as e:
        print("TypeError", e)
