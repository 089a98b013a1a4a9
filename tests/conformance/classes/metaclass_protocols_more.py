class M(type):
    def __eq__(cls, o): return isinstance(o, str) and o == cls.__name__
class A(metaclass=M): pass
print(A == "A", A == "B", A != "A", "A" == A)
try: print(hash(A))
except TypeError as e: print("TE", e)
try: {A: 1}
except TypeError as e: print("TE", e)
class M2(type):
    def __eq__(cls, o): return cls is o
    __hash__ = type.__hash__
class B(metaclass=M2): pass
print(B == B, {B: 1}[B])
class M3(type):
    def __bool__(cls): return 1
class C(metaclass=M3): pass
try: bool(C)
except TypeError as e: print("TE", e)
class M4(type):
    def __len__(cls): return -1
class D(metaclass=M4): pass
try: len(D)
except ValueError as e: print("VE", e)
try: bool(D)
except ValueError as e: print("VE", e)
class M5(type): pass
class E(metaclass=M5): pass
for expr in ["len(E)", "E[0]", "iter(E)", "1 in E", "E + 1", "-E", "E < E", "format(E, 'x')", "reversed(E)", "abs(E)"]:
    try: print(expr, eval(expr))
    except TypeError as e: print(expr, "TE", e)
print(bool(E), str(E), format(E, ""), hash(E) == hash(E))
class M6(type):
    def __reversed__(cls): return iter("cba")
    def __abs__(cls): return "abs"
    def __invert__(cls): return "inv"
    def __pos__(cls): return "pos"
    def __call__(cls, *a, **k): return super().__call__(*a, **k)
    def __instancecheck__(cls, o): return o == 1
    def __subclasscheck__(cls, o): return o is int
    def __or__(cls, o): return ("or", o)
    def __ror__(cls, o): return ("ror", o)
    def __mul__(cls, n): return [cls] * n
    def __iter__(cls):
        yield from cls.members
class F(metaclass=M6):
    members = ["x", "y"]
    def __init__(self, v=0): self.v = v
print(list(reversed(F)), abs(F), ~F, +F, F(3).v)
print(isinstance(1, F), isinstance(2, F), issubclass(int, F), issubclass(str, F))
print(F | int, int | F, len(F * 2))
print(list(F), sorted(F, reverse=True), dict.fromkeys(F), enumerate(F).__next__())
print(list(zip(F, F)), "-".join(F), min(F), any(F), all(F))
x, *y = F
print(x, y)
print(str(F)[:8], repr(F)[:8])
