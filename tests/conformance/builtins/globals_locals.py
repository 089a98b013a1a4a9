x = 10
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
def g():
    return "x" in globals(), "g" in globals(), "c" in globals()
print(g())
glob = globals()
glob["dynamic"] = "set via globals()"
print(dynamic)
def outer():
    y = 1
    def inner():
        return sorted(locals())
    z = 2
    return inner(), sorted(locals())
print(outer())
class K:
    attr = 1
    names = sorted(n for n in locals() if not n.startswith("__"))
print(K.names)
print(sorted(n for n in globals() if not n.startswith("__")))
