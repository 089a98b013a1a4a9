# Converting a tiny markdown dialect to HTML with chained sub() calls, callables and scanners.
import re

DOC = """# Title with *emphasis*
Some **bold** text, some `code_here()`, and a [link](http://example.com/a_b?x=1&y=2).
Escapes: 2 < 3 & 4 > 1, snake_case_words stay intact.

## Second *level*
- item one
- item **two**
- item `three`

1. first
2. second with [ref][r1]

[r1]: http://ref.example/
Trailing   spaces   collapse.
"""

refs = dict(re.findall(r"^\[(\w+)\]:\s*(\S+)\s*$", DOC, re.M))
body = re.sub(r"^\[\w+\]:.*\n", "", DOC, flags=re.M)
print(refs)


def escape(text):
    return re.sub(r"[<>&]", lambda m: {"<": "&lt;", ">": "&gt;", "&": "&amp;"}[m.group()], text)


INLINE = [
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<b>\1</b>"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"<i>\1</i>"),
    (re.compile(r"\[([^\]]+)\]\(([^)]+)\)"), r'<a href="\2">\1</a>'),
    (re.compile(r"\[([^\]]+)\]\[(\w+)\]"), lambda m: '<a href="%s">%s</a>' % (refs.get(m[2], "#"), m[1])),
    (re.compile(r" {2,}"), " "),
]


def inline(text):
    text = escape(text)
    for pat, repl in INLINE:
        text = pat.sub(repl, text)
    return text


out = []
list_kind = None
for line in body.splitlines():
    h = re.match(r"(#{1,6})\s+(.*)", line)
    li = re.match(r"(?:(-)|(\d+)\.)\s+(.*)", line)
    kind = None if not li else ("ul" if li.group(1) else "ol")
    if list_kind and kind != list_kind:
        out.append("</%s>" % list_kind)
        list_kind = None
    if h:
        n = len(h.group(1))
        out.append("<h%d>%s</h%d>" % (n, inline(h.group(2)), n))
    elif li:
        if not list_kind:
            out.append("<%s>" % kind)
            list_kind = kind
        out.append("  <li>%s</li>" % inline(li.group(3)))
    elif line.strip():
        out.append("<p>%s</p>" % inline(line))
if list_kind:
    out.append("</%s>" % list_kind)
html = "\n".join(out)
print(html)

# Round trip: strip the tags again and compare word counts.
plain = re.sub(r"<[^>]+>", "", html)
plain = re.sub(r"&(lt|gt|amp);", lambda m: {"lt": "<", "gt": ">", "amp": "&"}[m[1]], plain)
print(len(re.findall(r"\w+", plain)), len(re.findall(r"\w+", DOC)))
print(sorted(set(re.findall(r"</?(\w+)", html))))

# Attribute extraction with finditer and named groups.
for m in re.finditer(r'<a href="(?P<url>[^"]+)">(?P<text>.*?)</a>', html):
    print(m.start(), m.group("text"), "->", m["url"], m.lastgroup, m.regs[1])

# A word-wrap done with a regex: greedy up to 30 chars then a break.
para = plain.replace("\n", " ")
for row in re.findall(r".{1,30}(?:\s+|$)", para):
    print("|%-30s|" % row.strip())
