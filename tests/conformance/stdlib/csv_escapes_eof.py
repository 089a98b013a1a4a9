"""csv reader edge cases: escaped line ends, records cut off by the end of data, strict mode,
line_num across multi-line records, and a writer round trip over many dialects."""
import csv
import io


def read(lines, **kw):
    r = csv.reader(iter(lines), **kw)
    out = []
    try:
        for rec in r:
            out.append((rec, r.line_num))
    except (csv.Error, ValueError) as e:
        out.append((type(e).__name__, str(e), r.line_num))
    return out


cases = [
    (["a\\\n", "b"], {"escapechar": "\\"}),
    (["a\\\n", "b"], {"escapechar": "\\", "strict": True}),
    (["a\\\n", "b", "c\n"], {"escapechar": "\\", "strict": True}),
    (["a\\\n", "b\n", "c\n"], {"escapechar": "\\"}),
    (["a\\\n", "b,c\n"], {"escapechar": "\\"}),
    (["x,\"open\n", "still open"], {}),
    (["x,\"open\n", "still open"], {"strict": True}),
    (["x,\"\n"], {}),
    (["x,\""], {"strict": True}),
    (["é!"], {"escapechar": "!"}),
    (["é!"], {"escapechar": "!", "strict": True}),
    (["a,\"b\"c,d\n"], {}),
    (["a,\"b\"c,d\n"], {"strict": True}),
    (["a\rb\n"], {}),
    (["1,2.5,\"x\",\n"], {"quoting": csv.QUOTE_NONNUMERIC}),
    (["1,abc\n"], {"quoting": csv.QUOTE_NONNUMERIC}),
    (["  a,  b\n"], {"skipinitialspace": True}),
    (["a|b|c\n", "'d|e'|f\n"], {"delimiter": "|", "quotechar": "'"}),
    (["a,b\n", "\n", "c,d\n"], {}),
    (["\"multi\n", "line\n", "field\",end\n", "next,row\n"], {}),
]
for lines, kw in cases:
    print(repr(lines), kw)
    for item in read(lines, **kw):
        print("   ", item)

print("-- bytes lines --")
print(read([b"a,b\n"]))

print("-- writer round trips --")
rows = [
    ["plain", "with,comma", 'with "quote"', "line\nbreak", "", None, 3, 2.5, True],
    ["é", "tab\there", "back\\slash", "pipe|", " lead", "trail "],
]
dialects = [
    {},
    {"quoting": csv.QUOTE_ALL},
    {"quoting": csv.QUOTE_NONNUMERIC},
    {"quoting": csv.QUOTE_NONE, "escapechar": "\\"},
    {"doublequote": False, "escapechar": "\\"},
    {"delimiter": "\t", "lineterminator": "\n"},
    {"delimiter": "|", "quotechar": "'"},
]
for kw in dialects:
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    try:
        w.writerows(rows)
    except csv.Error as e:
        print(kw, "Error:", e)
        continue
    text = buf.getvalue()
    print(kw, repr(text))
    try:
        back = list(csv.reader(io.StringIO(text, newline=""), **kw))
        print("   back:", back)
    except ValueError as e:
        print("   back: ValueError:", e)

print("-- writer errors --")
for kw, row in [
    ({"quoting": csv.QUOTE_NONE}, ["a,b"]),
    ({"quoting": csv.QUOTE_NONE}, [""]),
    ({"doublequote": False}, ['say "hi"']),
    ({}, 42),
    ({}, [""]),
    ({}, []),
]:
    buf = io.StringIO()
    try:
        csv.writer(buf, **kw).writerow(row)
        print(kw, repr(row), "->", repr(buf.getvalue()))
    except csv.Error as e:
        print(kw, repr(row), "Error:", e)

print("-- field size limit --")
old = csv.field_size_limit(10)
print(old)
print(read(["short,0123456789\n"]))
print(read(["short,0123456789X\n"]))
print(read(['"0123456789X"\n']))
csv.field_size_limit(old)
print(csv.field_size_limit())
