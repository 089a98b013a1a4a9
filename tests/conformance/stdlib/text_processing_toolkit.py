# Text-processing toolkit: word and n-gram counts, anagram groups, run-length encoding,
# Vigenere and ROT13 ciphers, palindromes, a regex-free tokenizer check and a CSV-ish table.
import re


def count(items):
    out = {}
    for x in items:
        out[x] = out.get(x, 0) + 1
    return out


def most_common(counts, n):
    return sorted(counts.items(), key=lambda p: (-p[1], p[0]))[:n]


text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = re.findall(r"[a-z']+", text.lower())
c = count(words)
for w, n in most_common(c, 8):
    print(f"{w:<12}{n:>4} {'#' * n}")
bigrams = count(zip(words, words[1:]))
print(most_common(bigrams, 5))
trigrams = [" ".join(words[i:i+3]) for i in range(len(words) - 2)]
print(most_common(count(trigrams), 3))
groups = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(groups.values(), key=len, reverse=True))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def unrle(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))
for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz"]:
    print(repr(s), rle(s), unrle(rle(s)) == s)
def vigenere(msg, key, decrypt=False):
    res = []
    k = 0
    for ch in msg:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[k % len(key)].lower()) - ord("a")
            if decrypt: shift = -shift
            res.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            res.append(ch)
    return "".join(res)
enc = vigenere("Attack at Dawn! Meet @ 5.", "Lemon")
print(enc, vigenere(enc, "Lemon", True))
rot = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
print("Hello, World!".translate(rot), "Uryyb".translate(rot))
print("hello".translate({ord("l"): None, ord("h"): "J", ord("o"): 0x1F600}))
print(str.maketrans("ab", "xy", "c"), str.maketrans({"a": "1", 98: None}))
def is_pal(s):
    t = [c.casefold() for c in s if c.isalnum()]
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama", "No 'x' in Nixon", "hello", "Was it a car or a cat I saw?", ""]:
    print(is_pal(s), end=" ")
print()
def tokenize(src):
    spec = [("NUM", r"\d+(?:\.\d*)?"), ("ID", r"[A-Za-z_]\w*"), ("OP", r"[-+*/=()<>!]=?"), ("STR", r'"(?:[^"\\]|\\.)*"'), ("WS", r"\s+"), ("BAD", r".")]
    rx = re.compile("|".join(f"(?P<{n}>{p})" for n, p in spec))
    line = 1
    for m in rx.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            line += m.group().count("\n")
            continue
        yield (line, kind, m.group())
for tok in tokenize('x = 3.5 * (y + 42)\nif x >= 10: print("hi \\"there\\"")\n$'):
    print(tok)
csv = """name, age ,city
 Alice,30, New York
Bob , 25,"San Francisco, CA"
Carol,,Boston
"""
rows = []
for line in csv.strip().splitlines():
    fields, cur, q = [], "", False
    for ch in line:
        if ch == '"': q = not q
        elif ch == "," and not q:
            fields.append(cur.strip()); cur = ""
        else: cur += ch
    fields.append(cur.strip())
    rows.append(fields)
hdr, *data = rows
widths = [max(len(r[i]) for r in rows) for i in range(len(hdr))]
print(" | ".join(h.upper().center(w) for h, w in zip(hdr, widths)))
print("-+-".join("-" * w for w in widths))
for r in data:
    print(" | ".join(f.ljust(w) if not f.isdigit() else f.rjust(w) for f, w in zip(r, widths)))
key, _, val = "timeout = 30 # seconds".partition("=")
print(repr(key.strip()), repr(val.split("#")[0].strip()))
print("%-10s|%10s|%s" % ("left", "right", "end"), "{:>8.3f}|{:<8d}|{:^8}".format(3.14159, 42, "mid"))
