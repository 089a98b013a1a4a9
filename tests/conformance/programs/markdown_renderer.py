DOC = """# Title here
Some *emphasis* and **strong** text with `code`.

## List section
- first item
- second *item*
- third

1. one
2. two

> a quote
> spanning lines

Plain paragraph
continues here.
"""
def inline(text):
    out, i = [], 0
    while i < len(text):
        if text.startswith("**", i):
            j = text.index("**", i + 2); out.append(f"<strong>{text[i + 2:j]}</strong>"); i = j + 2
        elif text[i] == "*":
            j = text.index("*", i + 1); out.append(f"<em>{text[i + 1:j]}</em>"); i = j + 1
        elif text[i] == "`":
            j = text.index("`", i + 1); out.append(f"<code>{text[i + 1:j]}</code>"); i = j + 1
        else:
            out.append(text[i].replace("<", "&lt;")); i += 1
    return "".join(out)
def render(doc):
    html, block, kind = [], [], None
    def flush():
        nonlocal block, kind
        if not block: return
        if kind == "ul": html.append("<ul>" + "".join(f"<li>{inline(b)}</li>" for b in block) + "</ul>")
        elif kind == "ol": html.append("<ol>" + "".join(f"<li>{inline(b)}</li>" for b in block) + "</ol>")
        elif kind == "quote": html.append(f"<blockquote>{inline(' '.join(block))}</blockquote>")
        else: html.append(f"<p>{inline(' '.join(block))}</p>")
        block, kind = [], None
    for line in doc.splitlines():
        if not line.strip():
            flush(); continue
        if line.startswith("#"):
            flush(); level = len(line) - len(line.lstrip("#"))
            html.append(f"<h{level}>{inline(line[level:].strip())}</h{level}>"); continue
        if line.startswith("- "): new, text = "ul", line[2:]
        elif line[:1].isdigit() and ". " in line: new, text = "ol", line.split(". ", 1)[1]
        elif line.startswith("> "): new, text = "quote", line[2:]
        else: new, text = "p", line
        if kind != new: flush(); kind = new
        block.append(text)
    flush()
    return "\n".join(html)
print(render(DOC))
