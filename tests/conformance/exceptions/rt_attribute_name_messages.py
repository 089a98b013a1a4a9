# AttributeError and NameError messages, with the name/obj attributes and the "Did you
# mean" hints (shown only in tracebacks, never in str()), for slots, properties, modules,
# classes, builtins and None.
import math, sys
def show(label, fn):
    try:
        r = fn()
        print(label, "ok", repr(r))
    except BaseException as e:
        print(label, type(e).__name__, "|", e, "|", repr(e), getattr(e, "name", "-"))

class Point:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
class Box:
    def __init__(self): self.value = 3; self.values = []
    @property
    def area(self): return self.missing_attr
    def method(self): pass
p = Point(); b = Box()
show("a1", lambda: p.y)
show("a2", lambda: setattr(p, "z", 1))
show("a3", lambda: b.valeu)
show("a4", lambda: b.area)
show("a5", lambda: None.append)
show("a6", lambda: (1).real2)
show("a7", lambda: "s".uper())
show("a8", lambda: [].add)
show("a9", lambda: {}.iteritems)
show("a10", lambda: math.sqr)
show("a11", lambda: sys.argvv)
show("a12", lambda: Box.methd)
show("a13", lambda: int.from_byte)
show("a14", lambda: delattr(b, "nope"))
show("a15", lambda: setattr(1, "x", 2))
show("a16", lambda: setattr("s", "upper", 2))
show("a17", lambda: setattr(int, "x", 2))
show("a18", lambda: delattr(int, "real"))
show("a19", lambda: setattr(list, "append", 1))
show("a20", lambda: object().__dict__)
show("a21", lambda: (lambda: 0).__name__.x)
show("a22", lambda: type.mro())
show("a23", lambda: setattr(p, "y", 5) or p.y)
show("a24", lambda: getattr(b, "q", 7))
show("a25", lambda: getattr(b, 1))
show("a26", lambda: b.__class__.__name__.foo)
def f():
    show("n1", lambda: undefined_thing)
    show("n2", lambda: lenn([1]))
    show("n3", lambda: pritn)
    counter = 1
    show("n4", lambda: countr)
    show("n5", lambda: Tru)
    show("n6", lambda: math_)
f()
