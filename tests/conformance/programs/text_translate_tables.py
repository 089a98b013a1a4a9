import string
class Missing(dict):
    def __missing__(self, k):
        return None if chr(k) in "aeiou" else k
class Counting:
    def __init__(self):
        self.calls = 0
    def __getitem__(self, k):
        self.calls += 1
        if k == ord("x"):
            return "XX"
        raise LookupError(k)
text = "The quick brown fox jumps over the lazy dog, twice! Ünïcödé too."
tables = [
    str.maketrans("aeiou", "AEIOU"),
    str.maketrans("", "", string.punctuation),
    str.maketrans({"a": "4", "e": "3", "o": None, "Ü": "U"}),
    str.maketrans("abc", "xyz", "d"),
    {ord("T"): "tt", ord(" "): "_", 0x20AC: 1},
    {ord("q"): True, ord("u"): False},
    Missing({ord("T"): "7"}),
]
for t in tables:
    print(repr(text.translate(t)))
c = Counting()
print(text.translate(c), c.calls)
print("".translate({}), "abc".translate({}), "aaa".translate({97: "bb"}))
for bad in ({ord("a"): 3.5}, {ord("a"): -1}, {ord("a"): 0x110000}, {ord("a"): b"x"}):
    try:
        "banana".translate(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Boom:
    def __getitem__(self, k):
        raise RuntimeError("boom")
try:
    "a".translate(Boom())
except RuntimeError as e:
    print("RuntimeError", e)
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError", e)
print(str.maketrans({"a": 1}), sorted(str.maketrans("ab", "cd").items()))
rot13 = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                      string.ascii_lowercase[13:] + string.ascii_lowercase[:13] + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
msg = "Why did the chicken cross the road?"
enc = msg.translate(rot13)
print(enc, enc.translate(rot13) == msg)
leet = {ord(k): v for k, v in zip("aeiost", "431057")}
print("Statistics is a science".translate(leet) * 2)
