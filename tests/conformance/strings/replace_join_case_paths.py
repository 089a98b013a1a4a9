# str.replace with one- and many-character needles, counts, empty needles and no match;
# join over lists, tuples, iterators and str subclasses; upper/lower on exact str and subclasses.
s = "the quick brown fox jumps over the lazy dog"
for old, new, n in [("o", "0", -1), ("o", "0", 2), ("o", "", -1), ("the", "THE", 1), ("", "-", -1), ("", "-", 3), ("z", "Z", 0), ("x", "y", -1), ("é", "e", -1), ("lazy dog", "cat", -1), ("o", "oo", -1), ("oo", "o", -1)]:
    print(repr(s.replace(old, new, n)), repr(("é" + s + "é").replace(old, new, n)))
print("aaaa".replace("aa", "b"), "aaa".replace("a", "aa", 2), "".replace("", "x"), "".replace("a", "b"), "abc".replace("", ""))
print(",".join([]), ",".join(["a"]), ",".join(("a", "b")), "é".join(["x", "y", "z"]), "".join(["ab", "", "cd"]))
class S(str): pass
print("-".join([S("a"), "b"]), "-".join(iter(["x", "y"])), "-".join({"k": 1}), "-".join("abc"))
for bad in [["a", 1], ("a", None), [b"x"]]:
    try:
        "-".join(bad)
    except TypeError as e:
        print(e)
print("AbC".upper(), "AbC".lower(), "ß".upper(), S("Ab").upper(), type(S("Ab").upper()).__name__, "ΣΑΣ".lower())
try:
    "a".upper(1)
except TypeError as e:
    print(e)
try:
    str.upper(1)
except TypeError as e:
    print(e)
