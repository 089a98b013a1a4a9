# split/rsplit with one- and many-character separators, overlapping separators and every
# maxsplit, on generated strings (a small linear congruential generator keeps it
# deterministic), checked against a by-hand splitter as well.
state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


def manual_split(s, sep, maxsplit):
    out = []
    while maxsplit < 0 or len(out) < maxsplit:
        i = s.find(sep)
        if i < 0:
            break
        out.append(s[:i])
        s = s[i + len(sep):]
    out.append(s)
    return out


def manual_rsplit(s, sep, maxsplit):
    out = []
    while maxsplit < 0 or len(out) < maxsplit:
        i = s.rfind(sep)
        if i < 0:
            break
        out.append(s[i + len(sep):])
        s = s[:i]
    out.append(s)
    return out[::-1]


alphabet = "ab,;a é"
seps = [",", "a", "aa", "ab", ";a", " ", "é", "a,", "aaa", "é "]
mismatches = 0
for n in range(1500):
    s = "".join(alphabet[rand(len(alphabet))] for _ in range(rand(14)))
    sep = seps[rand(len(seps))]
    k = [-1, 0, 1, 2, 5][rand(5)]
    a, b = s.split(sep, k), s.rsplit(sep, k)
    if a != manual_split(s, sep, k) or b != manual_rsplit(s, sep, k):
        mismatches += 1
    if n % 10 == 0:
        print(repr(s), repr(sep), k, a, b)
        print("  ws:", s.split(None, k), s.rsplit(maxsplit=k))
        bs, bsep = s.encode(), sep.encode()
        print("  bytes:", bs.split(bsep, k), bs.rsplit(bsep, k))
print("mismatches with the manual splitter:", mismatches)
print("aaa".split("aa"), "aaa".rsplit("aa"), "aaaa".split("aa"), "aaaaa".rsplit("aa", 1))
print("".split(","), "".rsplit(","), ",".split(","), ",,".rsplit(",", 1), "a".split("a"))
print("x".split("long separator"), "ééé".split("é", 1), "ééé".rsplit("é", 1))
for bad in ["", b""]:
    try:
        "abc".split(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b"abc".rsplit(b"")
except ValueError as e:
    print(type(e).__name__, e)
