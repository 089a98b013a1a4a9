class Obj:
    cls_attr = "class"
    def __init__(self): self.a = 1
    def method(self): return "m"
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "missing", "dflt"), getattr(o, "method")())
setattr(o, "b", 2)
print(hasattr(o, "b"), o.b, hasattr(o, "zzz"), hasattr(Obj, "method"))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(vars(o), sorted(vars(Obj).keys() - {"__dict__", "__weakref__", "__module__", "__doc__", "__init__"}))
print([n for n in dir(o) if not n.startswith("_")])
print(callable(o.method), callable(Obj), callable(o), callable(print), callable("s"))
print(type(o).__name__, type(o) is Obj, isinstance(o, object), issubclass(Obj, object))
print(repr("x"), ascii("naïve ☃"), repr([1, "a"]), ascii({"é": 1}))
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
g = globals()
print("show_locals" in g, g["__name__"], type(g).__name__)
print(getattr(getattr(o, "method"), "__name__"), getattr(1, "real"), getattr("abc", "upper")())
