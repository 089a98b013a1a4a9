# Attribute lookups from one instruction across changing classes and instances.
class A:
    kind = "A"
    def who(self):
        return "A.who"

class B(A):
    __slots__ = ("x", "y")
    def who(self):
        return "B.who"

class C:
    kind = "C"
    def __init__(self):
        self.x = 1

class P:
    def __init__(self):
        self._v = 10
    @property
    def x(self):
        return self._v * 2

class S:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 3)

def get_kind(o):
    return o.kind

def get_x(o):
    return getattr(o, "x", "missing") if not hasattr(o, "x") else o.x

def call_who(o):
    return o.who()

def set_x(o, v):
    o.x = v
    return o.x

objs = [A(), B(), C(), A(), C()]
for o in objs:
    print(type(o).__name__, get_kind(o) if hasattr(o, "kind") else "-", end=" ")
print()
for o in [A(), B(), A(), B()]:
    print(call_who(o), end=" ")
print()
a = A()
a.who = lambda: "instance who"
print(call_who(A()), call_who(a), call_who(A()))
b = B()
print(get_x(b))
for o in [b, C(), P(), S(), b, P()]:
    try:
        print(type(o).__name__, set_x(o, 5))
    except AttributeError as e:
        print(type(o).__name__, "AttributeError:", e)
print(get_x(P()), get_x(C()), get_x(P()))
del b.x
print(get_x(b))
for i in range(3):
    c = C()
    c.__dict__["kind"] = "inst%d" % i
    print(get_kind(c), get_kind(C()))
class D(A):
    pass
d = D()
print(get_kind(d), call_who(d))
D.kind = "D now"
D.who = lambda self: "D.who"
print(get_kind(d), call_who(d), get_kind(A()), call_who(A()))
del D.kind
print(get_kind(d))
