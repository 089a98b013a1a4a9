# Strings grown with += and s = s + t in functions: other holders of the old string (names, dict
# keys, closures, attributes) never see it change.
def f():
    s = "é"
    t = s
    s += "x"          # t still holds the old string
    print(s, t, len(s), len(t))
    u = "ab"
    d = {u: 1}
    u += "c"          # the dict key must not change
    print(u, d, hash("ab") == hash(list(d)[0]))
    w = ""
    parts = []
    for i in range(200):
        w += chr(0x4e00 + i % 5) + "-"
        if i % 50 == 0:
            parts.append(w)
    print(len(w), w[0], w[-2:], w[150], len(parts), [len(p) for p in parts], w.find("丁"), hash(w) == hash(str(w)))
    k = "key"
    k += "1"
    print({k: 1}["key1"], k == "key1", k is not "key1")
    g = "a"
    def inner():
        return g
    g += "b"
    print(inner())
f()
class C:
    def m(self):
        s = self.x = "q"
        s += "r"
        return s, self.x
print(C().m())
def g(n):
    s = ""
    for i in range(n):
        s = s + str(i % 10)
    a = "x"
    b = a + "y"
    a = a + a
    return len(s), s[-5:], a, b
print(g(300000))
