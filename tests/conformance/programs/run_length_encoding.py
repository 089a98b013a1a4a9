def rle_encode(s):
    if not s: return ""
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev: n += 1
        else:
            out.append(f"{n}{prev}" if n > 1 else prev); prev, n = ch, 1
    out.append(f"{n}{prev}" if n > 1 else prev)
    return "".join(out)
def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit(): num += ch
        else:
            out.append(ch * int(num or 1)); num = ""
    return "".join(out)
for s in ["", "a", "aaabccddddde", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"]:
    e = rle_encode(s)
    print(repr(e), rle_decode(e) == s, f"{len(e)}/{len(s)}")
def lz_compress(data, window=16):
    i, out = 0, []
    while i < len(data):
        best = (0, 0)
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(data) and data[j + k] == data[i + k] and k < 15: k += 1
            if k > best[1]: best = (i - j, k)
        if best[1] >= 3:
            out.append(best); i += best[1]
        else:
            out.append(data[i]); i += 1
    return out
def lz_decompress(tokens):
    out = []
    for t in tokens:
        if isinstance(t, tuple):
            off, n = t
            for _ in range(n): out.append(out[-off])
        else:
            out.append(t)
    return "".join(out)
text = "abracadabra abracadabra abracadabra!"
c = lz_compress(text)
print(c, lz_decompress(c) == text, len(c))
