# Method calls from one instruction across receivers of many types.
def call_upper(x):
    return x.upper()

def call_count(x, item):
    return x.count(item)

class S(str):
    def upper(self):
        return "S.upper(" + str.upper(self) + ")"

class L(list):
    pass

for v in ["ab", S("cd"), "ef", b"gh", S("ij"), bytearray(b"kl")]:
    print(type(v).__name__, call_upper(v))
for v, item in [([1, 2, 1], 1), ((1, 1, 1), 1), ("banana", "a"), (L([3, 3]), 3), (b"aaa", b"a"), ([], 0)]:
    print(type(v).__name__, call_count(v, item))

def call_get(d, k):
    return d.get(k, "missing")

class D(dict):
    def get(self, k, default=None):
        return "D.get:" + str(dict.get(self, k, default))

for d in [{"a": 1}, D(a=2), {"b": 3}, D()]:
    print(call_get(d, "a"))

def bound_calls(fs):
    return [f() for f in fs]

x = [3, 1, 2]
print(bound_calls([x.copy, "abc".upper, {1: 2}.keys, x.__len__]))
words = "the quick brown fox".split()
print(sorted(words, key=str.upper), list(map(str.title, words)))
try:
    call_upper(5)
except AttributeError as e:
    print("AttributeError:", e)

class Traced:
    def __getattribute__(self, name):
        print("lookup", name)
        return object.__getattribute__(self, name)

    def ping(self):
        return "pong"

class Fallback:
    def __getattr__(self, name):
        return lambda: "fallback " + name

    def real(self):
        return "real"

t = Traced()
print(t.ping(), t.ping())
fb = Fallback()
print(fb.real(), fb.other())
