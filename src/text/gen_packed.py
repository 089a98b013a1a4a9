"""Writes a StrMap (src/text/packed.rs) for the table generators of src/text and src/modules."""


def escape_chars(s):
    return "".join(f"\\u{{{ord(c):X}}}" for c in s)


def emit_str_map(name, doc, pairs, escape):
    """A StrMap (src/text/packed.rs): sorted (code point, range in the text) and one text."""
    print(f"/// {doc}")
    print(f"pub(crate) static {name}: StrMap = StrMap::new(")
    print("    &[")
    start, pieces = 0, []
    for cp, s in pairs:
        n = len(s.encode("utf-8"))
        assert 0 < n <= 255, (cp, s)
        print(f"        (0x{cp:X}, StrMap::at({start}, {n})),")
        pieces.append(s)
        start += n
    print("    ],")
    print("    concat!(")
    for s in pieces:
        print(f'        "{escape(s)}",')
    print("    ),")
    print(");\n")
