text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch
of incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair."""
def justify(words, width):
    lines, cur = [], []
    for w in words:
        if sum(map(len, cur)) + len(cur) + len(w) > width:
            lines.append(cur); cur = []
        cur.append(w)
    lines.append(cur)
    out = []
    for ln in lines[:-1]:
        gaps = len(ln) - 1 or 1
        spaces = width - sum(map(len, ln))
        q, r = divmod(spaces, gaps)
        s = ""
        for i, w in enumerate(ln):
            s += w
            if i < gaps and (len(ln) > 1):
                s += " " * (q + (1 if i < r else 0))
        out.append(s.ljust(width))
    out.append(" ".join(lines[-1]).ljust(width))
    return out
for row in justify(text.split(), 38):
    print(f"|{row}|")
words = [w.strip(".,").lower() for w in text.split()]
from_len = {}
for w in words:
    from_len.setdefault(len(w), set()).add(w)
for k in sorted(from_len):
    print(k, sorted(from_len[k]))
anagrams = {}
for w in set(words):
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print(sorted(v for v in anagrams.values() if len(v) > 1))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x" * 12 + "yy"))
def caesar(s, k):
    return s.translate(str.maketrans(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "abcdefghijklmnopqrstuvwxyz"[k:] + "abcdefghijklmnopqrstuvwxyz"[:k] + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[k:] + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[:k]))
enc = caesar(text[:60], 13)
print(enc, caesar(enc, 13) == text[:60])
def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        c, n = divmod(n, v)
        out += s * c
    return out
print([roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
print(text.title()[:50], text.swapcase()[:30], text.count("it was"), text.lower().count("it was"))
vowels = sum(text.lower().count(v) for v in "aeiou")
print(vowels, f"{vowels / len(text):.3%}", len(text.splitlines()), [len(l) for l in text.splitlines()])
print(" ".join(reversed(text.split()))[:60])
print(text.center(20, "=")[:30], "|".join(text.split(",")[:3]))
tbl = [("Name", "Qty", "Price"), ("Widget", 3, 4.5), ("Gadget", 12, 19.99), ("Thingamajig", 1, 1234.5)]
widths = [max(len(str(r[i])) for r in tbl) for i in range(3)]
for r in tbl:
    print(" | ".join(str(c).rjust(w) if isinstance(c, (int, float)) else str(c).ljust(w) for c, w in zip(r, widths)))
print("-+-".join("-" * w for w in widths))
print(f"{'Total':<{widths[0]}} | {sum(r[1] for r in tbl[1:]):>{widths[1]}} | {sum(r[1]*r[2] for r in tbl[1:]):>{widths[2]}.2f}")
