# A hand-written word wrapper and justifier.
TEXT = ("Python is a high-level, general-purpose programming language. Its design philosophy "
        "emphasizes code readability with the use of significant indentation. Python is "
        "dynamically typed and garbage-collected. It supports multiple programming paradigms.")

def wrap(text, width):
    lines, cur = [], []
    for word in text.split():
        if cur and len(" ".join(cur + [word])) > width:
            lines.append(cur)
            cur = []
        cur.append(word)
    if cur:
        lines.append(cur)
    return lines

def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]

for width in (30, 45, 60):
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for i, words in enumerate(lines):
        line = " ".join(words) if i == len(lines) - 1 else justify(words, width)
        print(f"|{line.ljust(width)}|")
