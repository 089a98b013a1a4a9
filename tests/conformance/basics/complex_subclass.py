# Subclasses of complex: construction (also through __new__), arithmetic returning plain
# complex, conversions, hashing, attributes on instances, and pattern matching.
import cmath


class C(complex):
    def __repr__(self):
        return f"C{complex(self)}"


c = C(1, 2)
print(type(c).__name__, repr(c), str(c), c.real, c.imag)
print(c + 1, type(c + 1).__name__, c * c, abs(C(3, 4)), -c, c.conjugate(), bool(C()))
print(c == 1 + 2j, hash(c) == hash(1 + 2j), complex(c), type(complex(c)).__name__,
      C("3+4j"), f"{c:.1f}")


class Polar(complex):
    def __new__(cls, r, theta):
        return super().__new__(cls, cmath.rect(r, theta))


p = Polar(2, 0)
print(p, type(p).__name__, isinstance(p, complex), p.real, cmath.phase(p))


class D(complex):
    pass


d = D(5)
d.tag = "x"
print(d, d.tag, D(1j) ** 2, 2 ** D(1), [D(1, 1)], {D(1): 1}[1 + 0j], abs(D(-3)))
match c:
    case complex(real=r, imag=i):
        print("matched", r, i)
print(D(2) == 2, D(2) != 2.5, complex(D(1, 1), D(1)))
