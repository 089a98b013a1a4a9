def kmp_table(p):
    t, k = [0] * len(p), 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]: k = t[k - 1]
        if p[i] == p[k]: k += 1
        t[i] = k
    return t
def kmp_search(text, p):
    t, k, hits = kmp_table(p), 0, []
    for i, ch in enumerate(text):
        while k and ch != p[k]: k = t[k - 1]
        if ch == p[k]: k += 1
        if k == len(p):
            hits.append(i - k + 1); k = t[k - 1]
    return hits
print(kmp_table("ABABCABAB"), kmp_search("ABABDABACDABABCABABABABCABAB", "ABABCABAB"), kmp_search("aaaaa", "aa"))
def longest_palindrome(s):
    best = ""
    for c in range(len(s)):
        for l, r in ((c, c), (c, c + 1)):
            while l >= 0 and r < len(s) and s[l] == s[r]: l -= 1; r += 1
            if r - l - 1 > len(best): best = s[l + 1:r]
    return best
print([longest_palindrome(s) for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba"]])
def compress_spaces(s): return " ".join(s.split())
def is_rotation(a, b): return len(a) == len(b) and b in a + a
print(compress_spaces("  too   many    spaces  "), is_rotation("waterbottle", "erbottlewat"), is_rotation("ab", "ba "))
def longest_common_prefix(words):
    if not words: return ""
    p = min(words)
    q = max(words)
    i = 0
    while i < len(p) and p[i] == q[i]: i += 1
    return p[:i]
print(repr(longest_common_prefix(["flower", "flow", "flight"])), repr(longest_common_prefix(["interview", "internet", "interval"])))
print(sorted(set("mississippi")), "".join(sorted("hello", reverse=True)), "hello"[::-1].upper())
