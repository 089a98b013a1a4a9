import sys
SRC = """
let x = 3.5e2 + foo_bar * (2 - -1) // 7;
print("str with \\"esc\\" and \\n", 'single', x >= 10 and not y);
# comment line
z = [1, 2, 3][1:] if x != 0x1F else {'k': None}
"""
KEYWORDS = {"let", "print", "and", "not", "if", "else", "None"}
OPS = sorted(["+", "-", "*", "/", "//", "(", ")", ";", "=", ">=", "!=", "[", "]", ":", ",", "{", "}", "<", ">", "=="], key=len, reverse=True)
def tokenize(src):
    i, line, col = 0, 1, 1
    out = []
    while i < len(src):
        c = src[i]
        if c == "\n":
            line += 1; col = 1; i += 1; continue
        if c.isspace():
            i += 1; col += 1; continue
        if c == "#":
            j = src.find("\n", i)
            j = len(src) if j == -1 else j
            out.append(("COMMENT", src[i:j], line, col)); col += j - i; i = j; continue
        if c.isdigit():
            j = i
            if src.startswith(("0x", "0X"), i):
                j = i + 2
                while j < len(src) and src[j] in "0123456789abcdefABCDEF": j += 1
                out.append(("INT", int(src[i:j], 16), line, col))
            else:
                while j < len(src) and (src[j].isdigit() or src[j] in ".eE" or (src[j] in "+-" and src[j-1] in "eE")): j += 1
                text = src[i:j]
                out.append(("NUM", float(text) if any(ch in text for ch in ".eE") else int(text), line, col))
            col += j - i; i = j; continue
        if c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"): j += 1
            w = src[i:j]
            out.append(("KW" if w in KEYWORDS else "NAME", w, line, col)); col += j - i; i = j; continue
        if c in "\"'":
            j = i + 1; buf = []
            while src[j] != c:
                if src[j] == "\\":
                    nxt = src[j+1]; buf.append({"n": "\n", "t": "\t"}.get(nxt, nxt)); j += 2
                else:
                    buf.append(src[j]); j += 1
            out.append(("STR", "".join(buf), line, col)); col += j + 1 - i; i = j + 1; continue
        for op in OPS:
            if src.startswith(op, i):
                out.append(("OP", op, line, col)); i += len(op); col += len(op); break
        else:
            raise SyntaxError(f"bad char {c!r} at {line}:{col}")
    return out
toks = tokenize(SRC)
for kind, val, ln, co in toks:
    print(f"{ln:>3}:{co:<3} {kind:<8} {val!r}")
from_kind = {}
for t in toks:
    from_kind.setdefault(t[0], []).append(t[1])
print({k: len(v) for k, v in sorted(from_kind.items())})
try:
    tokenize("a = $")
except SyntaxError as e:
    print("SyntaxError:", e, e.args)
print(max(toks, key=lambda t: len(str(t[1]))), min(toks, key=lambda t: (t[2], -t[3])))
print(sys.getrecursionlimit() > 100)
