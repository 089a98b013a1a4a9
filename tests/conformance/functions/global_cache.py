# Global and builtin lookups from one instruction while the bindings change.
def use_len(x):
    return len(x)

def use_g():
    return G

G = 1
print(use_g(), use_len("abc"))
G = 2
print(use_g())
len = lambda x: "shadowed %d" % (x.__len__())
print(use_len("abcd"))
del len
print(use_len("abcde"))
del G
try:
    use_g()
except NameError as e:
    print("NameError:", e)
G = "module again"
print(use_g())

code = compile("def f():\n    return K * 2\n", "<mod>", "exec")
ns1 = {"K": 10}
ns2 = {"K": "ab"}
exec(code, ns1)
exec(code, ns2)
for _ in range(3):
    print(ns1["f"](), ns2["f"]())
ns1["K"] = 7
print(ns1["f"](), ns2["f"]())

def counter():
    global TOTAL
    for i in range(5):
        TOTAL = TOTAL + i
    return TOTAL
TOTAL = 100
print(counter(), counter())
